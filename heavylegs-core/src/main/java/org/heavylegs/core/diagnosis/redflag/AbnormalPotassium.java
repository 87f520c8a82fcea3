package org.heavylegs.core.diagnosis.redflag;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.heavylegs.core.athlete.LabTest;
import org.heavylegs.core.athlete.LabValue;
import org.heavylegs.core.diagnosis.DiagnosisInput;
import org.heavylegs.core.diagnosis.LabLimits;
import org.heavylegs.core.diagnosis.RedFlag;
import org.heavylegs.core.diagnosis.Urgency;

/** Potassium under 3.0 or over 6.0 mmol/L (SCIENCE.md 13, urgent [recalled; confirm with clinician]). */
public final class AbnormalPotassium implements RedFlagRule {
    public static final String ID = "abnormal_potassium";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<RedFlag> check(DiagnosisInput in) {
        Optional<LabValue> k = in.lab(LabTest.POTASSIUM, DiagnosisInput.LAB_MAX_AGE_DAYS);
        if (k.isEmpty()) {
            return Optional.empty();
        }
        double v = k.get().value();
        if (v >= LabLimits.POTASSIUM_URGENT_LOW && v <= LabLimits.POTASSIUM_URGENT_HIGH) {
            return Optional.empty();
        }
        return Optional.of(new RedFlag(ID, Urgency.URGENT,
                "Your potassium is far outside the normal range; this can upset the heart rhythm and the muscles. "
                        + "See a doctor today; do not take potassium supplements or stop medicines on your own.",
                List.of(String.format(Locale.ROOT, "potassium %.1f mmol/L on %s (urgent below %.1f or above %.1f)", v,
                        k.get().date(), LabLimits.POTASSIUM_URGENT_LOW, LabLimits.POTASSIUM_URGENT_HIGH))));
    }
}
