package org.heavylegs.core.diagnosis.redflag;

import java.util.Optional;
import org.heavylegs.core.diagnosis.DiagnosisInput;
import org.heavylegs.core.diagnosis.RedFlag;

/**
 * One medical red flag of SCIENCE.md section 13: raised when its trigger is present, never otherwise.
 * Unanswered questions (null) never trigger a flag and never count as "no".
 */
public interface RedFlagRule {

    /** The red-flag id of DESIGN.md 2.3, e.g. "suspected_dvt". */
    String id();

    /** The flag with its urgency, message and what triggered it, or empty. */
    Optional<RedFlag> check(DiagnosisInput input);
}
