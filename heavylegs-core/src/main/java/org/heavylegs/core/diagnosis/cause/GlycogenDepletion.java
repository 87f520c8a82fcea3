package org.heavylegs.core.diagnosis.cause;

import static org.heavylegs.core.diagnosis.Evidence.num;

import java.util.List;
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
import org.heavylegs.core.metric.energy.CarbsEaten;
import org.heavylegs.core.metric.energy.GlycogenBudget;
import org.heavylegs.core.metric.energy.WallDetected;

/**
 * Glycogen depletion (SCIENCE.md section 2). Evidence: a late pace collapse ("the wall": after km 25,
 * pace over 125 % of the km 5-20 pace for more than 5 km; ASICS/Shiga 2025, grade B) on the focus run
 * or recent runs; a Rapoport-style carbohydrate budget that runs out during the focus run (Rapoport
 * 2010, grade B); too little carbohydrate eaten on runs over 2 h (under 30 g/h, SCIENCE.md 2.1 after
 * Jeukendrup 2014, grade B); long sessions on consecutive days (grade C). Enough carbohydrate on long
 * runs, a budget to spare and long runs without a wall argue against.
 */
public final class GlycogenDepletion implements Cause {
    public static final String ID = "glycogen_depletion";

    /** Runs at least this long count for carbohydrate intake, h (Jeukendrup 2014: the 2-3 h row). */
    public static final double LONG_RUN_H = 2.0;
    /** Below this intake on runs over 2 h, carbohydrate is low (SCIENCE.md 2.1 [heuristic from Jeukendrup 2014]). */
    public static final double LOW_INTAKE_G_PER_H = 30;
    /** Sessions this long on consecutive days (SCIENCE.md 2.1: over 90 min within 24 h [heuristic]). */
    public static final double HARD_SESSION_H = 1.5;
    /** Days looked back for consecutive long sessions [heuristic]. */
    public static final int CONSECUTIVE_LOOKBACK_DAYS = 7;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Assessment assess(DiagnosisInput in) {
        Evidence e = new Evidence(ID, Source.FOCUS_RUN, Source.RECENT_RUNS, Source.RUN_LOG)
                .strategies(StrategyIds.CARBOHYDRATE);
        double wall = in.focus(WallDetected.KEY);
        if (wall == 1) {
            e.add(Source.FOCUS_RUN, Finding.numeric(WallDetected.KEY_ONSET, in.focus(WallDetected.KEY_ONSET), "km",
                    "pace > 125 % of km 5-20 for > 5 km after km 25", true, Strength.MODERATE, "Shiga 2025 (ASICS)"));
        } else if (wall == 0) {
            e.add(Source.FOCUS_RUN, Finding.categorical(WallDetected.KEY, "no", "pace > 125 % of km 5-20 for > 5 km after km 25",
                    false, Strength.MODERATE, "Shiga 2025 (ASICS)"));
        }
        int walls = 0;
        for (RunSummary r : in.otherRecentRuns(in.windowDays())) {
            walls += DiagnosisInput.metric(r, WallDetected.KEY) == 1 ? 1 : 0;
        }
        if (walls > 0) {
            e.add(Source.RECENT_RUNS, Finding.numeric("recent_runs_with_wall", walls, "", ">= 1",
                    true, Strength.MODERATE, "Shiga 2025 (ASICS)"));
        }

        double margin = in.focus(GlycogenBudget.KEY_MARGIN);
        if (margin < 0) {
            e.add(Source.FOCUS_RUN, Finding.numeric(GlycogenBudget.KEY_MARGIN, margin, "kcal", "< 0 (stores run out)",
                    true, Strength.MODERATE, "Rapoport 2010"));
        } else if (margin >= 0) {
            e.add(Source.FOCUS_RUN, Finding.numeric(GlycogenBudget.KEY_MARGIN, margin, "kcal", "< 0 (stores run out)",
                    false, Strength.WEAK, "Rapoport 2010"));
        }

        boolean intakeKnown = false;
        double hours = in.focusHours();
        RunLogEntry log = in.focusLog();
        if (hours >= LONG_RUN_H && log != null && log.carbsG() != null) {
            intakeKnown = true;
            double rate = log.carbsG() / hours;
            String threshold = "< " + num(LOW_INTAKE_G_PER_H) + " g/h on runs over " + num(LONG_RUN_H) + " h";
            e.add(Source.RUN_LOG, Finding.numeric(CarbsEaten.KEY_RATE, rate, "g/h", threshold,
                    rate < LOW_INTAKE_G_PER_H, Strength.MODERATE, "Jeukendrup 2014"));
        }
        int longLogged = 0;
        int longLow = 0;
        for (RunSummary r : in.otherRecentRuns(in.windowDays())) {
            double rate = DiagnosisInput.metric(r, CarbsEaten.KEY_RATE);
            if (r.timerS() >= LONG_RUN_H * 3600 && !Double.isNaN(rate)) {
                longLogged++;
                longLow += rate < LOW_INTAKE_G_PER_H ? 1 : 0;
            }
        }
        if (longLogged > 0) {
            intakeKnown = true;
            String threshold = "long runs with < " + num(LOW_INTAKE_G_PER_H) + " g/h";
            if (longLow > 0) {
                e.add(Source.RUN_LOG, Finding.numeric("long_runs_low_carbs", longLow, "", threshold,
                        true, Strength.MODERATE, "Jeukendrup 2014"), (double) longLow / longLogged);
            } else {
                e.add(Source.RUN_LOG, Finding.numeric("long_runs_low_carbs", 0, "", threshold,
                        false, Strength.MODERATE, "Jeukendrup 2014"));
            }
        }
        if (!intakeKnown) {
            e.missing("carbs_g in runs.csv for your runs over 2 h would show whether you fuel enough");
        }

        int pairs = consecutiveLongSessions(in.recentRuns(CONSECUTIVE_LOOKBACK_DAYS));
        if (pairs > 0) {
            e.add(Source.LOAD, Finding.numeric("consecutive_long_sessions", pairs, "",
                    ">= 1 pair of runs over " + num(HARD_SESSION_H * 60) + " min on consecutive days",
                    true, Strength.WEAK, "SCIENCE.md 2.1 [heuristic]"));
        }
        if (in.focusActivity() == null && in.focusRun() != null) {
            e.missing("the focus run's file with distance and heart rate would show a late pace collapse");
        }
        return e.assess();
    }

    /** Pairs of runs of at least {@link #HARD_SESSION_H} on consecutive days. */
    static int consecutiveLongSessions(List<RunSummary> runs) {
        int pairs = 0;
        for (int i = 0; i < runs.size(); i++) {
            for (int j = i + 1; j < runs.size(); j++) {
                RunSummary a = runs.get(i);
                RunSummary b = runs.get(j);
                long days = b.date().toEpochDay() - a.date().toEpochDay();
                if (days == 1 && a.timerS() >= HARD_SESSION_H * 3600 && b.timerS() >= HARD_SESSION_H * 3600) {
                    pairs++;
                }
            }
        }
        return pairs;
    }
}
