package org.heavylegs.core.diagnosis.cause;

import static org.heavylegs.core.diagnosis.Evidence.num;

import java.util.Optional;
import java.util.Set;
import org.heavylegs.core.athlete.LabTest;
import org.heavylegs.core.athlete.LabValue;
import org.heavylegs.core.diagnosis.Assessment;
import org.heavylegs.core.diagnosis.Cause;
import org.heavylegs.core.diagnosis.DiagnosisInput;
import org.heavylegs.core.diagnosis.Evidence;
import org.heavylegs.core.diagnosis.Finding;
import org.heavylegs.core.diagnosis.LabLimits;
import org.heavylegs.core.diagnosis.Source;
import org.heavylegs.core.diagnosis.StrategyIds;
import org.heavylegs.core.diagnosis.Strength;

/**
 * Medication (one of the article's "+"). Three common drug classes can make legs feel heavy in
 * runners (grade B each, [recalled]): statins cause muscle symptoms (aches, weakness) in a minority of
 * users (Stroes et al. 2015, EAS consensus, Eur Heart J 36:1012); beta-blockers cap the heart-rate
 * response and so the effort a runner can sustain; diuretics lose fluid and potassium (the article's
 * hypokalaemia example). A low potassium with a diuretic adds. The list in athlete.yaml cannot say
 * "none" apart from "not given", so an empty list leaves the cause unknown.
 */
public final class Medication implements Cause {
    public static final String ID = "medication";

    public static final String STATIN = "statin";
    public static final String BETA_BLOCKER = "beta_blocker";
    public static final String DIURETIC = "diuretic";
    /** The medicines this assessor knows. */
    public static final Set<String> KNOWN = Set.of(STATIN, BETA_BLOCKER, DIURETIC);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Assessment assess(DiagnosisInput in) {
        Evidence e = new Evidence(ID, Source.PROFILE).strategies(StrategyIds.SEE_A_DOCTOR);
        Set<String> meds = in.athlete().medications();
        if (meds.contains(STATIN)) {
            e.add(Source.PROFILE, Finding.categorical("medications", STATIN, "muscle symptoms in some users", true,
                    Strength.MODERATE, "Stroes 2015 (EAS) [recalled]"));
        }
        if (meds.contains(BETA_BLOCKER)) {
            e.add(Source.PROFILE, Finding.categorical("medications", BETA_BLOCKER, "caps the heart-rate response", true,
                    Strength.MODERATE, "[recalled]"));
        }
        if (meds.contains(DIURETIC)) {
            e.add(Source.PROFILE, Finding.categorical("medications", DIURETIC, "fluid and potassium loss", true,
                    Strength.MODERATE, "[recalled]; the article (hypokalaemia)"));
            Optional<LabValue> k = in.lab(LabTest.POTASSIUM, DiagnosisInput.LAB_MAX_AGE_DAYS);
            if (k.isPresent() && k.get().value() < LabLimits.POTASSIUM_LOW) {
                e.add(Source.LABS, Finding.numeric("potassium", k.get().value(), "mmol/L", "< " + num(LabLimits.POTASSIUM_LOW),
                        true, Strength.MODERATE, "laboratory reference range"));
            }
        }
        if (meds.isEmpty()) {
            e.missing("medications in athlete.yaml (statin, beta_blocker, diuretic), if you take any, would tell");
        }
        return e.assess();
    }
}
