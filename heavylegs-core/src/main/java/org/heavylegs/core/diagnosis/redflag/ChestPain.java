package org.heavylegs.core.diagnosis.redflag;

import java.util.List;
import java.util.Optional;
import org.heavylegs.core.diagnosis.DiagnosisInput;
import org.heavylegs.core.diagnosis.RedFlag;
import org.heavylegs.core.diagnosis.Urgency;

/** Chest pain or pressure with exercise (SCIENCE.md 13, emergency). */
public final class ChestPain implements RedFlagRule {
    public static final String ID = "chest_pain";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<RedFlag> check(DiagnosisInput in) {
        if (!Boolean.TRUE.equals(in.symptoms().chestPain())) {
            return Optional.empty();
        }
        return Optional.of(new RedFlag(ID, Urgency.EMERGENCY,
                "Chest pain or pressure must be checked before any further running. If it happens now or comes with "
                        + "breathlessness, sweating, nausea or fainting, call emergency services at once.",
                List.of("chest_pain: yes")));
    }
}
