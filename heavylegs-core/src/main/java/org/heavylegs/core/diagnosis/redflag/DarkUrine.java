package org.heavylegs.core.diagnosis.redflag;

import java.util.List;
import java.util.Optional;
import org.heavylegs.core.diagnosis.DiagnosisInput;
import org.heavylegs.core.diagnosis.RedFlag;
import org.heavylegs.core.diagnosis.Urgency;

/**
 * Dark, cola-coloured urine after exertion: possible muscle breakdown (rhabdomyolysis; SCIENCE.md 13,
 * an emergency with severe muscle pain or swelling [recalled]). The questionnaire does not ask about
 * muscle pain, so the flag is urgent and says when it is an emergency.
 */
public final class DarkUrine implements RedFlagRule {
    public static final String ID = "dark_urine";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<RedFlag> check(DiagnosisInput in) {
        if (!Boolean.TRUE.equals(in.symptoms().darkUrine())) {
            return Optional.empty();
        }
        return Optional.of(new RedFlag(ID, Urgency.URGENT,
                "Dark, cola-coloured urine after hard exercise can mean muscle breakdown (rhabdomyolysis), which can "
                        + "harm the kidneys. See a doctor today and do not train until it has been checked; with "
                        + "severe muscle pain, swelling or little urine, go to emergency care now.",
                List.of("dark_urine: yes")));
    }
}
