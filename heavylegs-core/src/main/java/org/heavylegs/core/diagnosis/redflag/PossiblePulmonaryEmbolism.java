package org.heavylegs.core.diagnosis.redflag;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.heavylegs.core.athlete.LegSwelling;
import org.heavylegs.core.athlete.Symptoms;
import org.heavylegs.core.diagnosis.DiagnosisInput;
import org.heavylegs.core.diagnosis.RedFlag;
import org.heavylegs.core.diagnosis.Urgency;

/**
 * Breathlessness together with the signs of a leg clot (one-sided swelling or calf pain at rest): a
 * clot may have reached the lungs (SCIENCE.md 13, emergency: "new exertional breathlessness with calf
 * swelling (possible PE)").
 */
public final class PossiblePulmonaryEmbolism implements RedFlagRule {
    public static final String ID = "possible_pulmonary_embolism";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<RedFlag> check(DiagnosisInput in) {
        Symptoms s = in.symptoms();
        boolean clotSigns = s.legSwelling() == LegSwelling.ONE_SIDE || Boolean.TRUE.equals(s.calfPainAtRest());
        if (!Boolean.TRUE.equals(s.breathlessness()) || !clotSigns) {
            return Optional.empty();
        }
        List<String> evidence = new ArrayList<>();
        evidence.add("breathlessness: yes");
        if (s.legSwelling() == LegSwelling.ONE_SIDE) {
            evidence.add("leg_swelling: one_side");
        }
        if (Boolean.TRUE.equals(s.calfPainAtRest())) {
            evidence.add("calf_pain_at_rest: yes");
        }
        return Optional.of(new RedFlag(ID, Urgency.EMERGENCY,
                "Breathlessness together with a swollen or painful calf can mean a blood clot has travelled to the "
                        + "lungs (pulmonary embolism). Stop running and call emergency services now.", evidence));
    }
}
