package org.heavylegs.core.trend;

import org.heavylegs.core.athlete.Physiology;
import org.heavylegs.core.history.RunSummary;

/**
 * The training load of one activity, in TSS-like points (about 100 for an hour at threshold), which
 * feeds the daily load series. The trends need only this; which load metric stands behind it is the
 * per-run metrics' business.
 */
public interface ActivityLoad {

    /** Short stable id, shown in outputs ("which load was used"). */
    String id();

    /** One line for the assumptions list: what the load is and where its formula comes from. */
    String description();

    /** The load, or NaN when it cannot be computed (e.g. no heart rate). */
    double load(RunSummary run, Physiology physiology);
}
