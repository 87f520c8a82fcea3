package org.heavylegs.core.diagnosis.cause;

import static org.heavylegs.core.diagnosis.Evidence.num;

import java.util.List;
import org.heavylegs.core.diagnosis.Assessment;
import org.heavylegs.core.diagnosis.Cause;
import org.heavylegs.core.diagnosis.DiagnosisInput;
import org.heavylegs.core.diagnosis.Evidence;
import org.heavylegs.core.diagnosis.Finding;
import org.heavylegs.core.diagnosis.Source;
import org.heavylegs.core.diagnosis.StrategyIds;
import org.heavylegs.core.diagnosis.Strength;
import org.heavylegs.core.history.RunSummary;
import org.heavylegs.core.metric.durability.CadenceDrop;
import org.heavylegs.core.metric.durability.Decoupling;
import org.heavylegs.core.metric.durability.GctRise;
import org.heavylegs.core.metric.durability.PaceFade;
import org.heavylegs.core.metric.durability.VoRise;
import org.heavylegs.core.metric.environment.HeatIndex;
import org.heavylegs.core.metric.fluids.MassLoss;
import org.heavylegs.core.trend.WellnessBaseline;

/**
 * Muscle fatigue, peripheral and central (SCIENCE.md section 7). Within the run, at matched speed and
 * grade, late against early: cadence down more than 3 %, ground contact time or vertical oscillation up
 * more than 5 % (marathoners' contact time rose 13.1 %, Chan-Roper 2012), pace at the same heart rate
 * down more than 5 %, heart rate drifting more than 5 % (all thresholds [heuristic], grade C; the
 * existence of late mechanical change is grade B). Between runs: soreness above the athlete's own
 * baseline (DOMS), the same decay on several recent runs, long runs on consecutive days. Late-run
 * markers clearly within their thresholds argue against. Heat and fluid loss confound the heart-rate
 * markers, which are then left out (SCIENCE.md 7.1).
 */
public final class MuscleFatigue implements Cause {
    public static final String ID = "muscle_fatigue";

    /** Late-run signs a recent run needs to count as fatigued [heuristic]. */
    public static final int SIGNS_PER_RUN = 2;
    /** Recent fatigued runs that make a pattern [heuristic]. */
    public static final int PATTERN_RUNS = 2;
    /** Soreness mean (0-10) of the last 7 days that counts when there is no baseline [heuristic]. */
    public static final double SORE_MEAN = 5.0;
    /** Soreness mean at or below this, with data, is no soreness [heuristic]. */
    public static final double NOT_SORE_MEAN = 2.0;
    /** Days of the last 7 with soreness worse than baseline that count (WellnessBaseline rule) [heuristic]. */
    public static final int SORE_DAYS = 2;
    /** A marker below this share of its threshold is clearly within it [heuristic]. */
    public static final double CLEARLY_WITHIN = 0.5;

    /**
     * One late-run marker: key, threshold, direction (true: fatigue when above); {@code cardiac} markers
     * (pace at the same heart rate, heart-rate drift) are confounded by heat and fluid loss (SCIENCE.md
     * 7.1: remove confounders first) and are not used on hot or dehydrating runs.
     */
    private record Marker(String key, double threshold, boolean above, String unit, String reference, boolean cardiac) {
        boolean fatigued(double v) {
            return above ? v > threshold : v < threshold;
        }

        boolean clearlyWithin(double v) {
            return above ? v < CLEARLY_WITHIN * threshold : v > CLEARLY_WITHIN * threshold;
        }

        String rule() {
            return (above ? "> " : "< ") + num(threshold) + " " + unit + " late vs early";
        }
    }

    private static final List<Marker> MARKERS = List.of(
            new Marker(CadenceDrop.KEY, CadenceDrop.FATIGUE_ABOVE_PCT, true, "%", "SCIENCE.md 7.1 [heuristic]", false),
            new Marker(GctRise.KEY, GctRise.FATIGUE_ABOVE_PCT, true, "%", "Chan-Roper 2012; SCIENCE.md 7.1 [heuristic]", false),
            new Marker(VoRise.KEY, VoRise.FATIGUE_ABOVE_PCT, true, "%", "SCIENCE.md 7.1 [heuristic]", false),
            new Marker(PaceFade.KEY, PaceFade.FATIGUE_BELOW_PCT, false, "%", "SCIENCE.md 7.1 [heuristic]", true),
            new Marker(Decoupling.KEY, Decoupling.COUPLED_BELOW_PCT, true, "%", "Friel convention; SCIENCE.md 7.1", true));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Assessment assess(DiagnosisInput in) {
        Evidence e = new Evidence(ID, Source.FOCUS_RUN, Source.RECENT_RUNS, Source.WELLNESS)
                .strategies(StrategyIds.REST_RECOVERY);
        int computed = 0;
        boolean hot = hotOrDry(in.focus(HeatIndex.KEY), in.focus(MassLoss.KEY));
        for (Marker m : MARKERS) {
            double v = in.focus(m.key);
            if (Double.isNaN(v) || (m.cardiac && hot)) {
                continue;
            }
            computed++;
            if (m.fatigued(v)) {
                e.add(Source.FOCUS_RUN, Finding.numeric(m.key, v, "%", m.rule(), true, Strength.WEAK, m.reference));
            } else if (m.clearlyWithin(v)) {
                e.add(Source.FOCUS_RUN, Finding.numeric(m.key, v, "%", m.rule(), false, Strength.WEAK, m.reference));
            }
        }
        if (computed == 0 && in.focusRun() != null) {
            e.missing("a steady run of 30 min or more with heart rate, speed and cadence would show late-run form decay");
        } else if (Double.isNaN(in.focus(GctRise.KEY))) {
            e.missing("running dynamics (ground contact time, vertical oscillation from a chest strap or foot pod) "
                    + "would show late-run form decay more clearly");
        }

        int fatiguedRuns = 0;
        for (RunSummary r : in.otherRecentRuns(in.windowDays())) {
            int signs = 0;
            boolean runHot = hotOrDry(DiagnosisInput.metric(r, HeatIndex.KEY), DiagnosisInput.metric(r, MassLoss.KEY));
            for (Marker m : MARKERS) {
                double v = DiagnosisInput.metric(r, m.key);
                signs += !Double.isNaN(v) && !(m.cardiac && runHot) && m.fatigued(v) ? 1 : 0;
            }
            fatiguedRuns += signs >= SIGNS_PER_RUN ? 1 : 0;
        }
        if (fatiguedRuns >= PATTERN_RUNS) {
            e.add(Source.RECENT_RUNS, Finding.numeric("recent_runs_with_late_decay", fatiguedRuns, "", ">= " + PATTERN_RUNS
                    + " runs with >= " + SIGNS_PER_RUN + " late-run signs", true, Strength.WEAK, "SCIENCE.md 7.1 [heuristic]"));
        }

        WellnessBaseline.ItemResult sore = in.trends().wellness().items().stream()
                .filter(i -> i.item() == WellnessBaseline.Item.SORENESS).findFirst().orElse(null);
        if (sore != null && sore.recentDays() > 0) {
            if (sore.daysWorse() >= SORE_DAYS) {
                e.add(Source.WELLNESS, Finding.numeric("soreness_days_worse", sore.daysWorse(), "days", ">= " + SORE_DAYS
                        + " of 7 days above own baseline", true, Strength.MODERATE, "SCIENCE.md 7.2; Saw 2016"));
            } else if (Double.isNaN(sore.baselineMean()) && sore.recentMean() >= SORE_MEAN) {
                e.add(Source.WELLNESS, Finding.numeric("soreness", sore.recentMean(), "0-10", ">= " + num(SORE_MEAN),
                        true, Strength.WEAK, "SCIENCE.md 7.2 [heuristic]"));
            } else if (sore.recentMean() <= NOT_SORE_MEAN) {
                e.add(Source.WELLNESS, Finding.numeric("soreness", sore.recentMean(), "0-10", ">= " + num(SORE_MEAN),
                        false, Strength.WEAK, "SCIENCE.md 7.2 [heuristic]"));
            }
        } else {
            e.missing("soreness in wellness.csv would show muscle soreness after hard days");
        }

        int pairs = GlycogenDepletion.consecutiveLongSessions(in.recentRuns(GlycogenDepletion.CONSECUTIVE_LOOKBACK_DAYS));
        if (pairs > 0) {
            e.add(Source.LOAD, Finding.numeric("consecutive_long_sessions", pairs, "", ">= 1 pair of runs over "
                    + num(GlycogenDepletion.HARD_SESSION_H * 60) + " min on consecutive days", true, Strength.WEAK,
                    "SCIENCE.md 7.2 [heuristic]"));
        }
        if (hot) {
            e.missing("this run was hot or dehydrating, so its heart-rate drift and pace fade say little about the "
                    + "muscles; a cool, well-fuelled long run would");
        }
        return e.assess();
    }

    /** Heat (from NWS caution) or more than 2 % mass lost: cardiac markers are confounded. */
    static boolean hotOrDry(double heatIndexC, double massLossPct) {
        return heatIndexC >= Dehydration.HEAT_INDEX_CAUTION_C || massLossPct > Dehydration.MASS_LOSS_IMPAIRS_PCT;
    }
}
