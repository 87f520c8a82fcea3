package org.heavylegs.core.diagnosis.cause;

import static org.heavylegs.core.diagnosis.Evidence.num;

import org.heavylegs.core.athlete.RunLogEntry;
import org.heavylegs.core.diagnosis.Assessment;
import org.heavylegs.core.diagnosis.Cause;
import org.heavylegs.core.diagnosis.DiagnosisInput;
import org.heavylegs.core.diagnosis.Evidence;
import org.heavylegs.core.diagnosis.Finding;
import org.heavylegs.core.diagnosis.Source;
import org.heavylegs.core.diagnosis.StrategyIds;
import org.heavylegs.core.diagnosis.Strength;
import org.heavylegs.core.history.RunSummary;
import org.heavylegs.core.metric.warmup.HrOvershoot;
import org.heavylegs.core.metric.warmup.Warmup;

/**
 * Inadequate warm-up (SCIENCE.md section 6). Warm-up improves performance in most studies (Fradkin,
 * Zazryn & Smoliga 2010; Bishop 2003), but "heavy legs in the first km = no warm-up" is grade C. The
 * evidence: the shape of the focus run's start (a cold start: HRr 0.75 or 95 % of main-set speed within
 * 3 min, SCIENCE.md 6.2 [heuristic]), a heart-rate overshoot early on, cold starts across recent runs,
 * a warm-up of 0 logged in runs.csv or as the athlete's habit, and, the strongest single sign, heaviness
 * that eases after the first 10-15 min (SCIENCE.md 6.2 step 5: heaviness that persists down-weights
 * this cause). Cold air with a cold start adds weakly (SCIENCE.md 6.3: extend the warm-up in the cold).
 */
public final class InadequateWarmup implements Cause {
    public static final String ID = "inadequate_warmup";

    /** Less warm-up than this, min, counts as none worth the name [heuristic: half of the 10 min of SCIENCE.md 6.3]. */
    public static final double LITTLE_WARMUP_MIN = 5.0;
    /** An early heart-rate overshoot of this many bpm is a cold-start sign (SCIENCE.md 6.2 step 4 [heuristic]). */
    public static final double OVERSHOOT_BPM = 10.0;
    /** Share of recent runs with little warm-up that makes a habit [heuristic]. */
    public static final double HABIT_SHARE = 0.5;
    /** Share at or below which cold starts are rare [heuristic]. */
    public static final double RARE_SHARE = 0.2;
    /** Recent runs needed to speak of a habit [heuristic]. */
    public static final int MIN_RUNS = 3;
    /** Air below this calls for a longer warm-up (SCIENCE.md 6.3 [heuristic]). */
    public static final double COLD_AIR_C = 10.0;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Assessment assess(DiagnosisInput in) {
        Evidence e = new Evidence(ID, Source.FOCUS_RUN, Source.RECENT_RUNS, Source.RUN_LOG, Source.PROFILE)
                .strategies(StrategyIds.WARMUP_COOLDOWN);
        String quality = in.focusText(Warmup.KEY_QUALITY).orElse(null);
        double minutes = in.focus(Warmup.KEY_MIN);
        String rule = "cold start: HRr >= 0.75 or >= 95 % of main-set speed within 3 min; adequate from "
                + num(Warmup.ADEQUATE_FROM_MIN) + " min";
        if (Warmup.NONE.equals(quality)) {
            e.add(Source.FOCUS_RUN, Finding.numeric(Warmup.KEY_MIN, minutes, "min", rule, true, Strength.WEAK,
                    "SCIENCE.md 6.2 [heuristic]; Bishop 2003"));
        } else if (Warmup.SHORT.equals(quality)) {
            e.add(Source.FOCUS_RUN, Finding.numeric(Warmup.KEY_MIN, minutes, "min", rule, true, Strength.WEAK,
                    "SCIENCE.md 6.2 [heuristic]; Bishop 2003"), 0.5);
        } else if (Warmup.ADEQUATE.equals(quality)) {
            e.add(Source.FOCUS_RUN, Finding.numeric(Warmup.KEY_MIN, minutes, "min", rule, false, Strength.MODERATE,
                    "SCIENCE.md 6.3; Bishop 2003"));
        } else if (in.focusRun() != null) {
            e.missing("the focus run's heart rate or speed over its first 15 min would show how it started");
        }
        double overshoot = in.focus(HrOvershoot.KEY);
        if (overshoot >= OVERSHOOT_BPM) {
            e.add(Source.FOCUS_RUN, Finding.numeric(HrOvershoot.KEY, overshoot, "bpm", ">= " + num(OVERSHOOT_BPM) + " bpm",
                    true, Strength.WEAK, "SCIENCE.md 6.2 step 4 [heuristic]"));
        }

        int runs = 0;
        int cold = 0;
        for (RunSummary r : in.otherRecentRuns(in.windowDays())) {
            double w = DiagnosisInput.metric(r, Warmup.KEY_MIN);
            if (!Double.isNaN(w)) {
                runs++;
                cold += w < LITTLE_WARMUP_MIN ? 1 : 0;
            }
        }
        if (runs >= MIN_RUNS) {
            double share = (double) cold / runs;
            String habit = "share of recent runs with < " + num(LITTLE_WARMUP_MIN) + " min warm-up: >= " + num(100 * HABIT_SHARE) + " %";
            if (share >= HABIT_SHARE) {
                e.add(Source.RECENT_RUNS, Finding.numeric("runs_without_warmup_pct", 100 * share, "%", habit, true,
                        Strength.WEAK, "SCIENCE.md 6.2 [heuristic]"));
            } else if (share <= RARE_SHARE) {
                e.add(Source.RECENT_RUNS, Finding.numeric("runs_without_warmup_pct", 100 * share, "%", habit, false,
                        Strength.WEAK, "SCIENCE.md 6.2 [heuristic]"));
            }
        }

        RunLogEntry log = in.focusLog();
        if (log != null && log.warmupMin() != null) {
            double logged = log.warmupMin();
            if (logged < LITTLE_WARMUP_MIN) {
                e.add(Source.RUN_LOG, Finding.numeric("warmup_min_logged", logged, "min", ">= " + num(Warmup.ADEQUATE_FROM_MIN) + " min",
                        true, Strength.WEAK, "SCIENCE.md 6.3"));
            } else if (logged >= Warmup.ADEQUATE_FROM_MIN) {
                e.add(Source.RUN_LOG, Finding.numeric("warmup_min_logged", logged, "min", ">= " + num(Warmup.ADEQUATE_FROM_MIN) + " min",
                        false, Strength.WEAK, "SCIENCE.md 6.3"));
            }
        }
        Double typical = in.athlete().warmupMinTypical();
        if (typical != null) {
            if (typical < LITTLE_WARMUP_MIN) {
                e.add(Source.PROFILE, Finding.numeric("warmup_min_typical", typical, "min", ">= " + num(Warmup.ADEQUATE_FROM_MIN) + " min",
                        true, Strength.WEAK, "SCIENCE.md 6.3"));
            } else if (typical >= Warmup.ADEQUATE_FROM_MIN) {
                e.add(Source.PROFILE, Finding.numeric("warmup_min_typical", typical, "min", ">= " + num(Warmup.ADEQUATE_FROM_MIN) + " min",
                        false, Strength.WEAK, "SCIENCE.md 6.3"));
            }
        } else if (log == null || log.warmupMin() == null) {
            e.missing("warmup_min_typical in athlete.yaml (or warmup_min in runs.csv) would say how you usually start");
        }

        Boolean firstKm = in.symptoms().heavinessFirstKmOnly();
        if (Boolean.TRUE.equals(firstKm)) {
            e.add(Source.QUESTIONNAIRE, Finding.categorical("heaviness_first_km_only", "yes", "heaviness eases after 10-15 min",
                    true, Strength.MODERATE, "SCIENCE.md 6.2 step 5"));
        } else if (Boolean.FALSE.equals(firstKm)) {
            e.add(Source.QUESTIONNAIRE, Finding.categorical("heaviness_first_km_only", "no", "heaviness eases after 10-15 min",
                    false, Strength.MODERATE, "SCIENCE.md 6.2 step 5"));
        } else {
            e.missing("answering heaviness_first_km_only in athlete.yaml (does it ease after 10-15 min?) would help decide this");
        }

        double air = Dehydration.airTemperature(in);
        if (air < COLD_AIR_C && (Warmup.NONE.equals(quality) || Warmup.SHORT.equals(quality))) {
            e.add(Source.ENVIRONMENT, Finding.numeric("temperature_c", air, "°C", "< " + num(COLD_AIR_C) + " °C with a cold start",
                    true, Strength.WEAK, "SCIENCE.md 6.3; Bishop 2003"));
        }
        return e.assess();
    }
}
