package org.heavylegs.core.athlete;

/** Questionnaire answer on leg swelling. One-sided swelling is a red flag (possible DVT). */
public enum LegSwelling {
    NONE, BOTH, ONE_SIDE
}
