package org.heavylegs.core.plan;

import org.heavylegs.core.diagnosis.PlanItem;

/** One of the article's seven strategies (or the doctor), made personal with the athlete's numbers. */
public interface Strategy {

    /** The strategy id of DESIGN.md 2.3. */
    String id();

    /** The personal actions and numbers; only called when some cause or red flag calls for this strategy. */
    PlanItem plan(Need need);
}
