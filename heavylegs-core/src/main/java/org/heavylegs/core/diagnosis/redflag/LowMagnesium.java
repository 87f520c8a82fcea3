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

/** Magnesium under 0.5 mmol/L (SCIENCE.md 13, urgent [recalled; confirm with clinician]). */
public final class LowMagnesium implements RedFlagRule {
    public static final String ID = "low_magnesium";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<RedFlag> check(DiagnosisInput in) {
        Optional<LabValue> mg = in.lab(LabTest.MAGNESIUM, DiagnosisInput.LAB_MAX_AGE_DAYS);
        if (mg.isEmpty() || mg.get().value() >= LabLimits.MAGNESIUM_URGENT) {
            return Optional.empty();
        }
        return Optional.of(new RedFlag(ID, Urgency.URGENT,
                "Your magnesium is very low, which can cause cramps, weakness and heart-rhythm problems. See a doctor "
                        + "today.",
                List.of(String.format(Locale.ROOT, "magnesium %.2f mmol/L on %s (urgent below %.1f)", mg.get().value(),
                        mg.get().date(), LabLimits.MAGNESIUM_URGENT))));
    }
}
