package org.heavylegs.core.diagnosis.cause;

import static org.heavylegs.core.diagnosis.Evidence.num;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.heavylegs.core.athlete.LabTest;
import org.heavylegs.core.athlete.LabValue;
import org.heavylegs.core.athlete.RunLogEntry;
import org.heavylegs.core.diagnosis.Assessment;
import org.heavylegs.core.diagnosis.Cause;
import org.heavylegs.core.diagnosis.DiagnosisInput;
import org.heavylegs.core.diagnosis.Evidence;
import org.heavylegs.core.diagnosis.Finding;
import org.heavylegs.core.diagnosis.LabLimits;
import org.heavylegs.core.diagnosis.Source;
import org.heavylegs.core.diagnosis.StrategyIds;
import org.heavylegs.core.diagnosis.Strength;
import org.heavylegs.core.history.RunSummary;
import org.heavylegs.core.metric.fluids.Overdrink;
import org.heavylegs.core.metric.fluids.SodiumLoss;
import org.heavylegs.core.metric.fluids.SweatRate;
import org.heavylegs.core.trend.LabChanges;

/**
 * Electrolyte imbalance (SCIENCE.md section 3). Decisive are serum values (grade A when abnormal):
 * sodium under 135 mmol/L, potassium outside 3.5-5.1, magnesium under 0.70 (0.70-0.85 is low by the
 * MaGNet proposal, grade C), albumin-corrected calcium outside 2.15-2.60; normal values argue against.
 * From runs.csv: sweat sodium losses beyond 3 g without replacement (Coyle 2004: include sodium
 * beyond 3-4 g) and drinking nearly all of a large sweat loss as plain water on runs over 2 h, or
 * gaining mass (Almond 2005; Hew-Butler 2015; grade B); a covered sodium balance argues against, unless
 * a blood value is already abnormal (then the run log speaks of the mechanism, not of the imbalance). Cramps are weak evidence: most exercise cramps
 * are neuromuscular, not electrolyte-driven (Schwellnus 2009; Miller 2022). A diuretic adds weakly.
 */
public final class ElectrolyteImbalance implements Cause {
    public static final String ID = "electrolyte_imbalance";

    /** Sodium lost beyond this without replacement calls for sodium (Coyle 2004: losses over 3-4 g). */
    public static final double SODIUM_DEFICIT_MG = 3000;
    /** Runs this long call for sodium when sweating heavily (Coyle 2004: exercise over 2 h). */
    public static final double LONG_RUN_H = 2.0;
    /** Drinking at least this share of the sweat lost, without sodium, is drinking water to match the loss [heuristic]. */
    public static final double WATER_REPLACES_SHARE = 0.8;
    /** Sodium taken below this on such a run counts as none, mg [heuristic]. */
    public static final double NO_SODIUM_MG = 100;
    /** Sweat this large, L, makes water-only drinking matter [heuristic: over 2 L is a sizeable loss]. */
    public static final double LARGE_SWEAT_L = 2.0;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Assessment assess(DiagnosisInput in) {
        Evidence e = new Evidence(ID, Source.LABS, Source.RUN_LOG).strategies(StrategyIds.ELECTROLYTES);
        boolean abnormal = labs(in, e);

        RunLogEntry log = in.focusLog();
        double hours = in.focusHours();
        double loss = in.focus(SodiumLoss.KEY);
        double balance = in.focus(SodiumLoss.KEY_BALANCE);
        boolean sodiumFindings = false;
        if (!Double.isNaN(balance) && (balance < -SODIUM_DEFICIT_MG || !abnormal)) {
            sodiumFindings = true;
            e.add(Source.RUN_LOG, Finding.numeric(SodiumLoss.KEY_BALANCE, balance, "mg", "< -" + num(SODIUM_DEFICIT_MG)
                    + " mg (sweat sodium assumed " + num(SodiumLoss.DEFAULT_SWEAT_SODIUM_MMOL_L) + " mmol/L)",
                    balance < -SODIUM_DEFICIT_MG, Strength.MODERATE, "Coyle 2004; Baker 2016"));
        } else if (loss > SODIUM_DEFICIT_MG) {
            sodiumFindings = true;
            e.add(Source.RUN_LOG, Finding.numeric(SodiumLoss.KEY, loss, "mg", "> " + num(SODIUM_DEFICIT_MG)
                    + " mg lost, sodium taken not logged", true, Strength.WEAK, "Coyle 2004; Baker 2016"));
            e.missing("sodium_mg in runs.csv for long runs would show whether you replace the sodium you sweat");
        }
        double sweatL = in.focus(SweatRate.KEY_LOSS);
        if (hours >= LONG_RUN_H && log != null && log.fluidMl() != null && sweatL >= LARGE_SWEAT_L
                && (log.sodiumMg() != null && log.sodiumMg() < NO_SODIUM_MG)) {
            double share = log.fluidMl() / 1000 / sweatL;
            if (share >= WATER_REPLACES_SHARE) {
                e.add(Source.RUN_LOG, Finding.numeric("water_replaced_pct", 100 * share, "%", ">= "
                        + num(100 * WATER_REPLACES_SHARE) + " % of sweat as plain water on a run over " + num(LONG_RUN_H) + " h",
                        true, Strength.MODERATE, "Hew-Butler 2015; Almond 2005"));
                e.strategies(StrategyIds.HYDRATION);
            }
        }
        if (in.focus(Overdrink.KEY) == 1) {
            e.add(Source.RUN_LOG, Finding.categorical(Overdrink.KEY, "mass gained over the run", "post-run mass above pre-run",
                    true, Strength.MODERATE, "Almond 2005 (weight gain OR 4.2)"));
            e.strategies(StrategyIds.HYDRATION);
        }
        int deficits = 0;
        for (RunSummary r : in.otherRecentRuns(in.windowDays())) {
            deficits += DiagnosisInput.metric(r, SodiumLoss.KEY_BALANCE) < -SODIUM_DEFICIT_MG ? 1 : 0;
        }
        if (deficits > 0) {
            sodiumFindings = true;
            e.add(Source.RUN_LOG, Finding.numeric("runs_with_sodium_deficit", deficits, "", "runs with < -"
                    + num(SODIUM_DEFICIT_MG) + " mg sodium balance", true, Strength.MODERATE, "Coyle 2004"));
        }
        if (!sodiumFindings && Double.isNaN(loss)) {
            e.missing("pre/post mass, fluid_ml and sodium_mg in runs.csv for long runs would show your sodium balance");
        }

        if (Boolean.TRUE.equals(in.symptoms().cramps())) {
            e.add(Source.QUESTIONNAIRE, Finding.categorical("cramps", "yes", "cramps", true, Strength.WEAK,
                    "Schwellnus 2009; Miller 2022 (cramps are mostly neuromuscular)"));
        }
        if (in.athlete().medications().contains("diuretic")) {
            e.add(Source.PROFILE, Finding.categorical("medications", "diuretic", "diuretic", true, Strength.WEAK,
                    "diuretics lower potassium and sodium [recalled]"));
        }
        if (abnormal) {
            e.strategies(StrategyIds.SEE_A_DOCTOR);
        }
        return e.assess();
    }

    /**
     * Adds the lab findings; true when any value is outside its range. Normal values argue against the
     * cause only when no value is abnormal: a normal potassium says nothing against a low sodium.
     */
    private static boolean labs(DiagnosisInput in, Evidence e) {
        int age = DiagnosisInput.LAB_MAX_AGE_DAYS;
        List<Finding> findings = new ArrayList<>();
        Optional<LabValue> na = in.lab(LabTest.SODIUM, age);
        if (na.isPresent()) {
            double v = na.get().value();
            boolean out = v < LabLimits.SODIUM_LOW || v > LabLimits.SODIUM_HIGH;
            findings.add(Finding.numeric("sodium", v, "mmol/L", num(LabLimits.SODIUM_LOW) + "-" + num(LabLimits.SODIUM_HIGH),
                    out, out ? Strength.STRONG : Strength.MODERATE, "Hew-Butler 2015"));
        }
        Optional<LabValue> k = in.lab(LabTest.POTASSIUM, age);
        if (k.isPresent()) {
            double v = k.get().value();
            boolean out = v < LabLimits.POTASSIUM_LOW || v > LabLimits.POTASSIUM_HIGH;
            findings.add(Finding.numeric("potassium", v, "mmol/L", num(LabLimits.POTASSIUM_LOW) + "-"
                    + num(LabLimits.POTASSIUM_HIGH), out, out ? Strength.STRONG : Strength.MODERATE, "laboratory reference range"));
        }
        Optional<LabValue> mg = in.lab(LabTest.MAGNESIUM, age);
        if (mg.isPresent()) {
            double v = mg.get().value();
            String range = ">= " + num(LabLimits.MAGNESIUM_LOW) + " (MaGNet: >= " + num(LabLimits.MAGNESIUM_MAGNET_LOW) + ")";
            if (v < LabLimits.MAGNESIUM_LOW) {
                findings.add(Finding.numeric("magnesium", v, "mmol/L", range, true, Strength.STRONG, "RCPA/AACB; AHA"));
            } else if (v < LabLimits.MAGNESIUM_MAGNET_LOW) {
                findings.add(Finding.numeric("magnesium", v, "mmol/L", range, true, Strength.WEAK, "Rosanoff 2022 (MaGNet)"));
            } else {
                findings.add(Finding.numeric("magnesium", v, "mmol/L", range, false, Strength.WEAK,
                        "Rosanoff 2022 (serum reflects stores poorly)"));
            }
        }
        LabChanges.CorrectedCalciumValue corrected = null;
        for (LabChanges.CorrectedCalciumValue c : in.trends().labs().correctedCalcium()) {
            if (!c.date().isBefore(in.asOf().minusDays(age)) && (corrected == null || c.date().isAfter(corrected.date()))) {
                corrected = c;
            }
        }
        Optional<LabValue> ca = in.lab(LabTest.CALCIUM, age);
        String caRange = num(LabLimits.CALCIUM_LOW) + "-" + num(LabLimits.CALCIUM_HIGH);
        if (corrected != null) {
            double v = corrected.correctedMmolL();
            boolean out = v < LabLimits.CALCIUM_LOW || v > LabLimits.CALCIUM_HIGH;
            findings.add(Finding.numeric("calcium_corrected", v, "mmol/L", caRange, out,
                    out ? Strength.STRONG : Strength.WEAK, "Payne 1973 (albumin-corrected)"));
        } else if (ca.isPresent()) {
            double v = ca.get().value();
            boolean out = v < LabLimits.CALCIUM_LOW || v > LabLimits.CALCIUM_HIGH;
            findings.add(Finding.numeric("calcium", v, "mmol/L", caRange + " (not corrected for albumin)", out,
                    out ? Strength.MODERATE : Strength.WEAK, "laboratory reference range"));
        }
        if (findings.isEmpty()) {
            e.missing("sodium, potassium and magnesium in labs.csv (drawn rested, 24-48 h after hard training) "
                    + "would confirm or rule this out");
        }
        boolean abnormal = findings.stream().anyMatch(f -> f.supports() && f.strength() != Strength.WEAK);
        for (Finding f : findings) {
            if (f.supports() || !abnormal) {
                e.add(Source.LABS, f);
            }
        }
        return abnormal;
    }
}
