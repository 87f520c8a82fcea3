package org.heavylegs.core.diagnosis.redflag;

import java.util.List;
import java.util.Optional;
import org.heavylegs.core.diagnosis.DiagnosisInput;
import org.heavylegs.core.diagnosis.RedFlag;
import org.heavylegs.core.diagnosis.Urgency;

/**
 * Numbness in the legs (SCIENCE.md 13, urgent: neurological signs such as numbness, foot drop,
 * progressive weakness; also compartment syndrome with paraesthesia, SCIENCE.md 5.2).
 */
public final class Numbness implements RedFlagRule {
    public static final String ID = "numbness";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<RedFlag> check(DiagnosisInput in) {
        if (!Boolean.TRUE.equals(in.symptoms().numbness())) {
            return Optional.empty();
        }
        return Optional.of(new RedFlag(ID, Urgency.URGENT,
                "Numbness in the legs or feet is a nerve or circulation sign, not training fatigue. See a doctor "
                        + "soon; at once if it comes with weakness, a dropping foot or numbness around the seat, or "
                        + "if the leg turns cold and pale.", List.of("numbness: yes")));
    }
}
