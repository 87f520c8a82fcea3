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
 * Suspected deep-vein thrombosis (SCIENCE.md 13, urgent): swelling of one leg or calf pain at rest. The
 * Wells score (Wells et al. 1997, 2003) needs an examination; the tool never computes a reassuring score
 * from self-report, so any one-sided swelling or calf pain at rest is referred.
 */
public final class SuspectedDvt implements RedFlagRule {
    public static final String ID = "suspected_dvt";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<RedFlag> check(DiagnosisInput in) {
        Symptoms s = in.symptoms();
        List<String> evidence = new ArrayList<>();
        if (s.legSwelling() == LegSwelling.ONE_SIDE) {
            evidence.add("leg_swelling: one_side");
        }
        if (Boolean.TRUE.equals(s.calfPainAtRest())) {
            evidence.add("calf_pain_at_rest: yes");
        }
        if (evidence.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RedFlag(ID, Urgency.URGENT,
                "Swelling of one leg or calf pain at rest can be a blood clot in a deep leg vein (DVT). See a doctor "
                        + "today and do not run until it has been checked; long travel, recent surgery, a cast, "
                        + "hormone therapy or an earlier clot make it more likely. Call emergency services at once if "
                        + "you become short of breath or have chest pain.", evidence));
    }
}
