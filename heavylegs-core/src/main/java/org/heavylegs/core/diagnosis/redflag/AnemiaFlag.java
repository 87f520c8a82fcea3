package org.heavylegs.core.diagnosis.redflag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.heavylegs.core.athlete.LabTest;
import org.heavylegs.core.athlete.LabValue;
import org.heavylegs.core.athlete.Sex;
import org.heavylegs.core.diagnosis.DiagnosisInput;
import org.heavylegs.core.diagnosis.LabLimits;
import org.heavylegs.core.diagnosis.RedFlag;
import org.heavylegs.core.diagnosis.Urgency;

/**
 * Anaemia or empty iron stores (SCIENCE.md 8.1 and 13, urgent): haemoglobin under the WHO 2024 cut-off
 * for the athlete's sex (men 130, women 120 g/L; the men's when sex is not given), or ferritin under
 * 15 ug/L (Clénin 2015). Uses the latest value of each test from the last year: an abnormal value
 * that was never re-checked still needs a doctor.
 */
public final class AnemiaFlag implements RedFlagRule {
    public static final String ID = "anemia";
    /** Lab values up to this old still raise the flag, days [heuristic]. */
    public static final int MAX_AGE_DAYS = 365;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<RedFlag> check(DiagnosisInput in) {
        List<String> evidence = new ArrayList<>();
        Sex sex = in.athlete().sex();
        Optional<LabValue> hb = in.lab(LabTest.HEMOGLOBIN, MAX_AGE_DAYS);
        double cut = LabLimits.hemoglobinCutoff(sex);
        if (hb.isPresent() && hb.get().value() < cut) {
            evidence.add(String.format(Locale.ROOT, "hemoglobin %.0f g/L on %s (WHO cut-off %.0f g/L for %s)", hb.get().value(),
                    hb.get().date(), cut, sex == Sex.FEMALE ? "women" : sex == Sex.MALE ? "men" : "men; sex not given"));
        }
        Optional<LabValue> ferritin = in.lab(LabTest.FERRITIN, MAX_AGE_DAYS);
        if (ferritin.isPresent() && ferritin.get().value() < LabLimits.FERRITIN_EMPTY) {
            evidence.add(String.format(Locale.ROOT, "ferritin %.0f ug/L on %s (below %.0f: empty iron stores)",
                    ferritin.get().value(), ferritin.get().date(), LabLimits.FERRITIN_EMPTY));
        }
        if (evidence.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RedFlag(ID, Urgency.URGENT,
                "Your blood values show anaemia or empty iron stores. See a doctor soon to find the cause (for "
                        + "example blood loss or diet) and to decide on iron; do not start high-dose iron on your own. "
                        + "Unexplained weight loss or black stools need a doctor at once.", evidence));
    }
}
