package org.heavylegs.core.diagnosis.cause;

import static org.heavylegs.core.diagnosis.Evidence.num;

import org.heavylegs.core.diagnosis.Assessment;
import org.heavylegs.core.diagnosis.Cause;
import org.heavylegs.core.diagnosis.DiagnosisInput;
import org.heavylegs.core.diagnosis.Evidence;
import org.heavylegs.core.diagnosis.Finding;
import org.heavylegs.core.diagnosis.Source;
import org.heavylegs.core.diagnosis.StrategyIds;
import org.heavylegs.core.diagnosis.Strength;
import org.heavylegs.core.history.RunSummary;
import org.heavylegs.core.metric.durability.Decoupling;
import org.heavylegs.core.metric.environment.HeatIndex;
import org.heavylegs.core.metric.environment.Temperature;
import org.heavylegs.core.metric.fluids.MassLoss;
import org.heavylegs.core.trend.BodyMassTrend;

/**
 * Dehydration (SCIENCE.md section 1). The decisive marker is the body mass lost over a run (runs.csv
 * pre and post mass): above 2 % hypohydration is likely to impair aerobic performance, especially in
 * warm air (ACSM 2007, Sawka et al.; Sawka, Cheuvront & Kenefick 2015; grade A). Heat, cardiac drift
 * with heat or mass loss, a falling morning mass and dark urine add weaker evidence; cool air and
 * runs that lose little mass argue against. Without runs.csv masses the cause is at most possible.
 */
public final class Dehydration implements Cause {
    public static final String ID = "dehydration";

    /** Mass loss above which performance is likely impaired (ACSM 2007; Sawka 2015; grade A). */
    public static final double MASS_LOSS_IMPAIRS_PCT = MassLoss.IMPAIRS_ABOVE_PCT;
    /** Mass loss from which the finding starts to count, rising to full at 2 % [heuristic]. */
    public static final double MASS_LOSS_NOTABLE_PCT = 1.0;
    /** A run losing less than this drank enough for its length [heuristic: half the ACSM limit]. */
    public static final double MASS_LOSS_SMALL_PCT = 1.0;
    /** Only runs at least this long count for the pattern: short runs rarely dehydrate [heuristic]. */
    public static final double PATTERN_MIN_H = 0.75;
    /** Logged runs of the window a pattern needs [heuristic]. */
    public static final int MIN_LOGGED_RUNS = 3;
    /** Share of logged runs over 2 % that makes a pattern [heuristic]. */
    public static final double PATTERN_SHARE = 0.5;
    /** Heat index of NWS "caution" (80 °F, 26.7 °C): heat starts to count (Rothfusz 1990; NWS). */
    public static final double HEAT_INDEX_CAUTION_C = 26.7;
    /** Heat index of NWS "extreme caution" (90 °F, 32.2 °C): full weight (SCIENCE.md 1.1, grade A). */
    public static final double HEAT_INDEX_EXTREME_C = 32.2;
    /**
     * Below this air temperature hypohydration hardly impairs submaximal running: Sawka, Cheuvront &
     * Kenefick 2015 found no impairment in cold to cool air (impairment begins with skin temperature
     * above 27 °C) [heuristic edge of "cool"].
     */
    public static final double COOL_AIR_C = 10.0;
    /** Morning mass this far below its 7-day mean, with thirst, hints at a deficit (SCIENCE.md 1.1 [heuristic]). */
    public static final double MORNING_DROP_PCT = 1.0;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Assessment assess(DiagnosisInput in) {
        Evidence e = new Evidence(ID, Source.RUN_LOG).strategies(StrategyIds.HYDRATION);
        double loss = in.focus(MassLoss.KEY);
        boolean focusHasMasses = !Double.isNaN(loss);
        if (focusHasMasses) {
            if (loss > MASS_LOSS_NOTABLE_PCT) {
                e.add(Source.RUN_LOG, Finding.numeric(MassLoss.KEY, loss, "%", "> " + num(MASS_LOSS_IMPAIRS_PCT) + " %",
                        true, Strength.STRONG, "ACSM 2007 (Sawka et al.); Sawka 2015"),
                        Evidence.ramp(loss, MASS_LOSS_NOTABLE_PCT, MASS_LOSS_IMPAIRS_PCT));
            } else if (loss < MASS_LOSS_SMALL_PCT) {
                e.add(Source.RUN_LOG, Finding.numeric(MassLoss.KEY, loss, "%", "< " + num(MASS_LOSS_SMALL_PCT) + " %",
                        false, Strength.MODERATE, "ACSM 2007 (Sawka et al.)"));
            }
        }
        int logged = 0;
        int over = 0;
        for (RunSummary r : in.otherRecentRuns(in.windowDays())) {
            double l = DiagnosisInput.metric(r, MassLoss.KEY);
            if (!Double.isNaN(l) && r.timerS() >= PATTERN_MIN_H * 3600) {
                logged++;
                over += l > MASS_LOSS_IMPAIRS_PCT ? 1 : 0;
            }
        }
        if (logged >= MIN_LOGGED_RUNS) {
            double share = (double) over / logged;
            String threshold = "share of logged runs of " + num(PATTERN_MIN_H * 60) + "+ min losing > " + num(MASS_LOSS_IMPAIRS_PCT) + " %: >= " + num(100 * PATTERN_SHARE) + " %";
            if (share > 0) {
                e.add(Source.RUN_LOG, Finding.numeric("runs_losing_over_2pct_pct", 100 * share, "%", threshold,
                        true, Strength.MODERATE, "ACSM 2007 (Sawka et al.)"), share / PATTERN_SHARE);
            } else {
                e.add(Source.RUN_LOG, Finding.numeric("runs_losing_over_2pct_pct", 0, "%", threshold,
                        false, Strength.MODERATE, "ACSM 2007 (Sawka et al.)"));
            }
        }
        if (!focusHasMasses && logged == 0) {
            e.missing("pre_mass_kg and post_mass_kg in runs.csv (weigh before and after your runs, same clothes) "
                    + "would confirm or rule this out");
        }

        double heat = heatDegree(in);
        if (heat > 0) {
            double hi = in.focus(HeatIndex.KEY);
            e.add(Source.ENVIRONMENT, Finding.numeric(HeatIndex.KEY, hi, "°C", ">= " + num(HEAT_INDEX_EXTREME_C) + " °C",
                    true, Strength.MODERATE, "Sawka 2015; NWS heat index (Rothfusz 1990)"), heat);
        }
        double air = airTemperature(in);
        if (air < COOL_AIR_C) {
            e.add(Source.ENVIRONMENT, Finding.numeric(Temperature.KEY, air, "°C", "< " + num(COOL_AIR_C) + " °C",
                    false, Strength.WEAK, "Sawka, Cheuvront & Kenefick 2015"));
        }
        if (Double.isNaN(air)) {
            e.missing("temperature_c and humidity_pct in runs.csv (or an ambient sensor) would show whether heat added to the fluid loss");
        }

        double dec = in.focus(Decoupling.KEY);
        if (dec > Decoupling.COUPLED_BELOW_PCT && (heat > 0 || loss > MASS_LOSS_NOTABLE_PCT)) {
            e.add(Source.FOCUS_RUN, Finding.numeric(Decoupling.KEY, dec, "%", "> " + num(Decoupling.COUPLED_BELOW_PCT)
                    + " % with heat or mass loss", true, Strength.WEAK, "Friel convention; Coyle & González-Alonso 2001"));
        }

        BodyMassTrend.Result mass = in.trends().bodyMass();
        if (mass.meanDays() >= 3 && mass.latestDate() != null && !mass.latestDate().isBefore(in.asOf().minusDays(1))) {
            double drop = (mass.meanKg() - mass.latestKg()) / mass.meanKg() * 100;
            if (drop > MORNING_DROP_PCT) {
                e.add(Source.WELLNESS, Finding.numeric("morning_mass_drop_pct", drop, "%", "> " + num(MORNING_DROP_PCT)
                        + " % below the 7-day mean", true, Strength.WEAK, "SCIENCE.md 1.1 [heuristic]"));
            }
        }
        if (Boolean.TRUE.equals(in.symptoms().darkUrine())) {
            e.add(Source.QUESTIONNAIRE, Finding.categorical("dark_urine", "yes", "dark urine", true, Strength.WEAK,
                    "ACSM 2007: urine colour as a hydration check"));
        }
        return e.assess();
    }

    /** How hot the focus run was, 0 (below NWS caution) to 1 (extreme caution or worse). */
    static double heatDegree(DiagnosisInput in) {
        return Evidence.ramp(in.focus(HeatIndex.KEY), HEAT_INDEX_CAUTION_C, HEAT_INDEX_EXTREME_C);
    }

    /** The air temperature of the focus run, NaN when unknown or only the device's own sensor. */
    static double airTemperature(DiagnosisInput in) {
        double t = in.focus(Temperature.KEY);
        boolean device = in.focusText(Temperature.KEY_SOURCE)
                .map(s -> s.equals(org.heavylegs.core.metric.environment.Ambient.SOURCE_DEVICE)).orElse(true);
        return device ? Double.NaN : t;
    }
}
