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
import org.heavylegs.core.metric.environment.HeatCategory;
import org.heavylegs.core.metric.environment.HeatIndex;
import org.heavylegs.core.metric.environment.WbgtEstimate;

/**
 * Heat stress (one of the article's "+": SCIENCE.md 1.1 and 10.9). Heat raises heart rate and effort
 * at any pace and adds to dehydration (Sawka 2015; Wingo 2012). Evidence: the focus run's estimated
 * WBGT against the ACSM flags (red from 23 °C, black above 28 °C; Armstrong 2007, grade A) and its
 * heat index against the NWS categories (extreme caution from 32.2 °C / 90 °F; grade A); hot runs
 * through the recent weeks; cardiac drift over 5 % in the heat (grade C). Cool air (WBGT under 18 °C,
 * the green flag) argues against. Only air temperature counts, never the watch's own sensor.
 */
public final class HeatStress implements Cause {
    public static final String ID = "heat_stress";

    /** WBGT where heat starts to count: the ACSM yellow flag (Armstrong 2007). */
    public static final double WBGT_FROM_C = HeatCategory.YELLOW_FROM_C;
    /** WBGT of full weight: the ACSM black flag (Armstrong 2007). */
    public static final double WBGT_FULL_C = HeatCategory.BLACK_ABOVE_C;
    /** Share of recent runs in the heat (heat index from NWS caution) that makes a pattern [heuristic]. */
    public static final double HOT_SHARE = 0.5;
    /** Recent runs with weather needed for a pattern [heuristic]. */
    public static final int MIN_RUNS = 3;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Assessment assess(DiagnosisInput in) {
        Evidence e = new Evidence(ID, Source.ENVIRONMENT).strategies(StrategyIds.HYDRATION);
        double wbgt = in.focus(WbgtEstimate.KEY);
        double hi = in.focus(HeatIndex.KEY);
        if (!Double.isNaN(wbgt)) {
            double d = Evidence.ramp(wbgt, WBGT_FROM_C, WBGT_FULL_C);
            String rule = ">= " + num(HeatCategory.RED_FROM_C) + " °C red, > " + num(WBGT_FULL_C) + " °C black";
            if (d > 0) {
                e.add(Source.ENVIRONMENT, Finding.numeric(WbgtEstimate.KEY, wbgt, "°C", rule, true, Strength.STRONG,
                        "Armstrong 2007 (ACSM)"), d);
            } else {
                e.add(Source.ENVIRONMENT, Finding.numeric(WbgtEstimate.KEY, wbgt, "°C", "< " + num(WBGT_FROM_C) + " °C green",
                        false, Strength.STRONG, "Armstrong 2007 (ACSM)"));
            }
        }
        double heat = Dehydration.heatDegree(in);
        if (heat > 0) {
            e.add(Source.ENVIRONMENT, Finding.numeric(HeatIndex.KEY, hi, "°C", ">= " + num(Dehydration.HEAT_INDEX_EXTREME_C)
                    + " °C extreme caution", true, Strength.STRONG, "NWS heat index (Rothfusz 1990)"), heat);
        }
        if (Double.isNaN(wbgt) && Double.isNaN(hi)) {
            e.missing("temperature_c and humidity_pct in runs.csv (or an ambient sensor such as a foot pod) would show "
                    + "heat stress; a watch's own sensor reads body heat");
        }
        int runs = 0;
        int hot = 0;
        for (RunSummary r : in.otherRecentRuns(in.windowDays())) {
            double h = DiagnosisInput.metric(r, HeatIndex.KEY);
            if (!Double.isNaN(h)) {
                runs++;
                hot += h >= Dehydration.HEAT_INDEX_CAUTION_C ? 1 : 0;
            }
        }
        if (runs >= MIN_RUNS && (double) hot / runs >= HOT_SHARE) {
            e.add(Source.ENVIRONMENT, Finding.numeric("recent_hot_runs_pct", 100.0 * hot / runs, "%", ">= "
                    + num(100 * HOT_SHARE) + " % of runs at heat index >= " + num(Dehydration.HEAT_INDEX_CAUTION_C) + " °C",
                    true, Strength.MODERATE, "NWS heat index"));
        }
        double dec = in.focus(Decoupling.KEY);
        if (dec > Decoupling.COUPLED_BELOW_PCT && (heat > 0 || Evidence.ramp(wbgt, WBGT_FROM_C, WBGT_FULL_C) > 0)) {
            e.add(Source.FOCUS_RUN, Finding.numeric(Decoupling.KEY, dec, "%", "> " + num(Decoupling.COUPLED_BELOW_PCT)
                    + " % in the heat", true, Strength.WEAK, "Coyle & González-Alonso 2001; Wingo 2012"));
        }
        return e.assess();
    }
}
