package org.heavylegs.core.diagnosis.redflag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.heavylegs.core.athlete.LabTest;
import org.heavylegs.core.athlete.LabValue;
import org.heavylegs.core.athlete.Symptoms;
import org.heavylegs.core.diagnosis.DiagnosisInput;
import org.heavylegs.core.diagnosis.LabLimits;
import org.heavylegs.core.diagnosis.RedFlag;
import org.heavylegs.core.diagnosis.Urgency;
import org.heavylegs.core.trend.LabChanges;

/**
 * Calcium outside 2.15-2.60 mmol/L, albumin-corrected when albumin was drawn the same day (Payne 1973):
 * urgent with cramps or numbness, else a routine review (SCIENCE.md 13: "corrected Ca outside range with
 * symptoms" [recalled; confirm with clinician]).
 */
public final class AbnormalCalcium implements RedFlagRule {
    public static final String ID = "abnormal_calcium";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<RedFlag> check(DiagnosisInput in) {
        Optional<LabValue> ca = in.lab(LabTest.CALCIUM, DiagnosisInput.LAB_MAX_AGE_DAYS);
        if (ca.isEmpty()) {
            return Optional.empty();
        }
        double v = ca.get().value();
        String what = "calcium";
        for (LabChanges.CorrectedCalciumValue c : in.trends().labs().correctedCalcium()) {
            if (c.date().equals(ca.get().date())) {
                v = c.correctedMmolL();
                what = "albumin-corrected calcium";
            }
        }
        if (v >= LabLimits.CALCIUM_LOW && v <= LabLimits.CALCIUM_HIGH) {
            return Optional.empty();
        }
        Symptoms s = in.symptoms();
        List<String> evidence = new ArrayList<>();
        evidence.add(String.format(Locale.ROOT, "%s %.2f mmol/L on %s (range %.2f-%.2f)", what, v, ca.get().date(),
                LabLimits.CALCIUM_LOW, LabLimits.CALCIUM_HIGH));
        boolean symptoms = Boolean.TRUE.equals(s.cramps()) || Boolean.TRUE.equals(s.numbness());
        if (Boolean.TRUE.equals(s.cramps())) {
            evidence.add("cramps: yes");
        }
        if (Boolean.TRUE.equals(s.numbness())) {
            evidence.add("numbness: yes");
        }
        return Optional.of(new RedFlag(ID, symptoms ? Urgency.URGENT : Urgency.ROUTINE,
                "Your calcium is outside the normal range" + (symptoms ? " and you report cramps or numbness: see a doctor today."
                        : ": ask your doctor to review it."), evidence));
    }
}
