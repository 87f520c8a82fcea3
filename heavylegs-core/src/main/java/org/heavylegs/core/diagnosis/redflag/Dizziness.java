package org.heavylegs.core.diagnosis.redflag;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.heavylegs.core.athlete.Symptoms;
import org.heavylegs.core.diagnosis.DiagnosisInput;
import org.heavylegs.core.diagnosis.RedFlag;
import org.heavylegs.core.diagnosis.Urgency;

/**
 * Dizziness with running (SCIENCE.md 13: fainting or near-fainting during exercise and disproportionate
 * breathlessness are emergencies). Dizziness alone is urgent; with breathlessness an emergency.
 * Breathlessness alone raises no flag here: the questionnaire does not say it is new or out of
 * proportion, and it counts as evidence for anaemia.
 */
public final class Dizziness implements RedFlagRule {
    public static final String ID = "dizziness";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<RedFlag> check(DiagnosisInput in) {
        Symptoms s = in.symptoms();
        if (!Boolean.TRUE.equals(s.dizziness())) {
            return Optional.empty();
        }
        List<String> evidence = new ArrayList<>(List.of("dizziness: yes"));
        boolean breathless = Boolean.TRUE.equals(s.breathlessness());
        if (breathless) {
            evidence.add("breathlessness: yes");
        }
        return Optional.of(new RedFlag(ID, breathless ? Urgency.EMERGENCY : Urgency.URGENT,
                breathless
                        ? "Dizziness with breathlessness during exercise can come from the heart or lungs. Stop running "
                                + "and get emergency care now, above all if you fainted or nearly fainted."
                        : "Dizziness when running needs a doctor's check before you train hard again (heart rhythm, "
                                + "blood pressure, blood sugar, anaemia). If you faint or nearly faint during exercise, "
                                + "call emergency services.", evidence));
    }
}
