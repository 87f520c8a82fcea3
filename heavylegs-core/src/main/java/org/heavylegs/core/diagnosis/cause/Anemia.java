package org.heavylegs.core.diagnosis.cause;

import static org.heavylegs.core.diagnosis.Evidence.num;

import java.util.Optional;
import org.heavylegs.core.athlete.LabTest;
import org.heavylegs.core.athlete.LabValue;
import org.heavylegs.core.athlete.Sex;
import org.heavylegs.core.athlete.Symptoms;
import org.heavylegs.core.diagnosis.Assessment;
import org.heavylegs.core.diagnosis.Cause;
import org.heavylegs.core.diagnosis.DiagnosisInput;
import org.heavylegs.core.diagnosis.Evidence;
import org.heavylegs.core.diagnosis.Finding;
import org.heavylegs.core.diagnosis.LabLimits;
import org.heavylegs.core.diagnosis.Source;
import org.heavylegs.core.diagnosis.StrategyIds;
import org.heavylegs.core.diagnosis.Strength;
import org.heavylegs.core.trend.AcuteChronicRatio;
import org.heavylegs.core.trend.BaselineState;
import org.heavylegs.core.trend.TrendSummary;

/**
 * Anaemia and iron deficiency (SCIENCE.md section 8). Only labs can show it: haemoglobin under the WHO
 * 2024 cut-off for the athlete's sex (grade A), ferritin under 15 ug/L (empty stores) or under 30
 * (low; Clénin et al. 2015), transferrin saturation under 16 % (Peeling 2008 [UNCONFIRMED]). Normal
 * haemoglobin and ferritin of 50 or more argue against (ferritin only when CRP shows no inflammation);
 * neither counts against when the other is abnormal (a low haemoglobin with full stores is still anaemia,
 * of another cause; empty stores with a normal haemoglobin are still iron deficiency).
 * Watch data and the questionnaire add weakly (grade C): fitness falling at normal load with normal HRV,
 * breathlessness, heavy menstrual bleeding, a vegetarian or vegan diet. Without labs the cause is at
 * most possible, and never unlikely merely because labs are missing.
 */
public final class Anemia implements Cause {
    public static final String ID = "anemia";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Assessment assess(DiagnosisInput in) {
        Evidence e = new Evidence(ID, Source.LABS).strategies(StrategyIds.SEE_A_DOCTOR);
        int age = DiagnosisInput.LAB_MAX_AGE_DAYS;
        Sex sex = in.athlete().sex();
        Optional<LabValue> hb = in.lab(LabTest.HEMOGLOBIN, age);
        Optional<LabValue> ferritin = in.lab(LabTest.FERRITIN, age);
        double cut = LabLimits.hemoglobinCutoff(sex);
        boolean hbLow = hb.isPresent() && hb.get().value() < cut;
        boolean ferritinLow = ferritin.isPresent() && ferritin.get().value() < LabLimits.FERRITIN_LOW;
        if (hb.isPresent() && (hbLow || !ferritinLow)) {
            double v = hb.get().value();
            String rule = "< " + num(cut) + " g/L (WHO 2024, " + (sex == Sex.FEMALE ? "women" : sex == Sex.MALE ? "men" : "men; sex not given") + ")";
            e.add(Source.LABS, Finding.numeric("hemoglobin", v, "g/L", rule, hbLow,
                    hbLow ? Strength.STRONG : Strength.MODERATE, "WHO 2024"));
        }
        Optional<LabValue> crp = in.lab(LabTest.CRP, age);
        boolean inflamed = crp.isPresent() && crp.get().value() > LabLimits.CRP_INFLAMMATION_MG_L;
        if (ferritin.isPresent()) {
            double v = ferritin.get().value();
            String rule = "< " + num(LabLimits.FERRITIN_EMPTY) + " empty, < " + num(LabLimits.FERRITIN_LOW) + " low";
            if (v < LabLimits.FERRITIN_EMPTY) {
                e.add(Source.LABS, Finding.numeric("ferritin", v, "ug/L", rule, true, Strength.STRONG, "Clénin 2015"));
            } else if (v < LabLimits.FERRITIN_LOW) {
                e.add(Source.LABS, Finding.numeric("ferritin", v, "ug/L", rule, true, Strength.MODERATE, "Clénin 2015"));
            } else if (v >= LabLimits.FERRITIN_TARGET && !inflamed && !hbLow) {
                e.add(Source.LABS, Finding.numeric("ferritin", v, "ug/L", ">= " + num(LabLimits.FERRITIN_TARGET) + " with CRP normal",
                        false, Strength.MODERATE, "Clénin 2015; SCIENCE.md 8.1"));
            }
            if (inflamed) {
                e.missing("CRP is raised, which raises ferritin: a ferritin drawn when CRP is normal would be reliable");
            }
        }
        Optional<LabValue> tsat = in.lab(LabTest.TRANSFERRIN_SATURATION, age);
        if (tsat.isPresent() && tsat.get().value() < LabLimits.TSAT_LOW_PCT) {
            e.add(Source.LABS, Finding.numeric("transferrin_saturation", tsat.get().value(), "%", "< " + num(LabLimits.TSAT_LOW_PCT) + " %",
                    true, Strength.WEAK, "Peeling 2008 [UNCONFIRMED]"));
        }
        if (hb.isEmpty() && ferritin.isEmpty()) {
            e.missing("hemoglobin and ferritin in labs.csv (with CRP; drawn rested in the morning) would confirm or rule this out");
        }

        TrendSummary t = in.trends();
        boolean normalLoad = !(Overtraining.acwr(t) > AcuteChronicRatio.SWEET_SPOT_HIGH);
        boolean hrvNotLow = t.hrv().state() != BaselineState.BELOW;
        String rule = "efficiency falling or HR at pace rising with normal load and HRV";
        if (normalLoad && hrvNotLow && t.efficiency().dropped()) {
            e.add(Source.RECENT_RUNS, Finding.numeric("ef_change_pct", t.efficiency().changePct(), "%", rule, true,
                    Strength.WEAK, "SCIENCE.md 8.3"));
        } else if (normalLoad && hrvNotLow && t.hrAtPace().risen()) {
            e.add(Source.RECENT_RUNS, Finding.numeric("hr_at_pace_change_bpm", t.hrAtPace().changeBpm(), "bpm", rule, true,
                    Strength.WEAK, "SCIENCE.md 8.3"));
        } else if (t.efficiency().changePct() >= 0 && t.efficiency().recentRuns() > 0) {
            e.add(Source.RECENT_RUNS, Finding.numeric("ef_change_pct", t.efficiency().changePct(), "%", rule, false,
                    Strength.WEAK, "SCIENCE.md 8.3"));
        }
        Symptoms s = in.symptoms();
        if (Boolean.TRUE.equals(s.breathlessness())) {
            e.add(Source.QUESTIONNAIRE, Finding.categorical("breathlessness", "yes", "breathless", true, Strength.WEAK, "SCIENCE.md 8.3"));
        }
        if (Boolean.TRUE.equals(s.heavyMenstrualBleeding())) {
            e.add(Source.QUESTIONNAIRE, Finding.categorical("heavy_menstrual_bleeding", "yes", "iron loss", true, Strength.WEAK,
                    "Sim 2019 (risk factor)"));
        }
        if (in.athlete().diet().contains("vegetarian") || in.athlete().diet().contains("vegan")) {
            e.add(Source.PROFILE, Finding.categorical("diet", String.join(", ", in.athlete().diet()), "vegetarian or vegan",
                    true, Strength.WEAK, "McCormick 2020 (lower iron intake) [recalled]"));
        }
        return e.assess();
    }
}
