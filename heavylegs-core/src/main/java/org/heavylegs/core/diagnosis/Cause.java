package org.heavylegs.core.diagnosis;

/**
 * One cause of heavy legs and its assessor: reads everything known about the athlete and says how
 * likely the cause is, with the evidence, the missing data that would decide it and the strategies
 * it calls for. An assessor never throws on missing data: "unknown, because X is missing" is a result.
 */
public interface Cause {

    /** The cause id of DESIGN.md 2.3, e.g. "overtraining". */
    String id();

    Assessment assess(DiagnosisInput input);
}
