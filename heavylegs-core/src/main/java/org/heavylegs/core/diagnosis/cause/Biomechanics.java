package org.heavylegs.core.diagnosis.cause;

import static org.heavylegs.core.diagnosis.Evidence.num;

import java.util.ArrayList;
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
import org.heavylegs.core.metric.dynamics.Cadence;
import org.heavylegs.core.metric.dynamics.CadenceResidual;
import org.heavylegs.core.metric.dynamics.GctBalance;
import org.heavylegs.core.metric.dynamics.GroundContactTime;
import org.heavylegs.core.metric.dynamics.VerticalOscillation;
import org.heavylegs.core.metric.dynamics.VerticalRatio;

/**
 * Biomechanical issues (SCIENCE.md section 9). Watches cannot see foot strike, pronation or hip
 * extension, so everything here is grade C: the running dynamics against Garmin's population colour
 * bands (cadence bands confirmed; contact time, vertical oscillation, vertical ratio and balance bands
 * [UNCONFIRMED]): a marker in the orange band counts partly, in the red band fully; in the green band
 * or better it argues against. Cadence more than 5 % below the athlete's own cadence-speed line is a
 * possible overstriding sign (SCIENCE.md 9.3 [heuristic]). The same pattern across recent runs adds.
 * Bands are percentiles of Garmin users, not optimal values: slow and tall runners have a lower cadence.
 */
public final class Biomechanics implements Cause {
    public static final String ID = "biomechanics";

    /** Recent runs with a value needed for their median to count [heuristic]. */
    public static final int MIN_RUNS = 3;

    /**
     * One dynamics marker against Garmin's bands: the orange band begins after {@code greenEdge} and
     * the red band at {@code redEdge}; a value of {@code greenEdge} or better argues against.
     */
    record Band(String key, String unit, double greenEdge, double redEdge, String reference) {
        /** 0 at the green edge, 1 from the red edge on (either direction). */
        double degree(double v) {
            return Evidence.ramp(v, greenEdge, redEdge);
        }

        boolean good(double v) {
            return redEdge > greenEdge ? v <= greenEdge : v >= greenEdge;
        }

        String rule() {
            return (redEdge > greenEdge ? "> " + num(greenEdge) + " (red > " : "< " + num(greenEdge) + " (red < ")
                    + num(redEdge) + ")";
        }
    }

    /** Garmin colour bands (SCIENCE.md 9.1, 9.2). Balance is measured as distance from 50 %. */
    static final List<Band> BANDS = List.of(
            new Band(Cadence.KEY, "spm", 164, 153, "Garmin cadence bands (confirmed); Heiderscheit 2011"),
            new Band(VerticalRatio.KEY, "%", 8.6, 10.1, "Garmin bands [UNCONFIRMED]; Moore 2016"),
            new Band(VerticalOscillation.KEY, "cm", 9.7, 11.5, "Garmin bands [UNCONFIRMED]; Folland 2017"),
            new Band(GroundContactTime.KEY, "ms", 272, 305, "Garmin bands [UNCONFIRMED]; Van Hooren 2024 (weak link)"),
            new Band(GctBalance.KEY, "% from 50", 0.7, 2.2, "Garmin bands [UNCONFIRMED]; SCIENCE.md 9.4"));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Assessment assess(DiagnosisInput in) {
        Evidence e = new Evidence(ID, Source.FOCUS_RUN, Source.RECENT_RUNS).strategies(StrategyIds.FOOTWEAR_FORM);
        int seen = 0;
        for (Band b : BANDS) {
            double v = value(in.focus(b.key), b);
            if (Double.isNaN(v)) {
                continue;
            }
            seen++;
            double shown = b.key.equals(GctBalance.KEY) ? in.focus(b.key) : v;
            String unit = b.key.equals(GctBalance.KEY) ? "% left" : b.unit;
            double d = b.degree(v);
            if (d > 0) {
                e.add(Source.FOCUS_RUN, Finding.numeric(b.key, shown, unit, b.rule(), true, Strength.WEAK, b.reference), d);
            } else if (b.good(v)) {
                e.add(Source.FOCUS_RUN, Finding.numeric(b.key, shown, unit, b.rule(), false, Strength.WEAK, b.reference));
            }
        }
        double residual = in.focus(CadenceResidual.KEY);
        if (residual < CadenceResidual.LOW_BELOW_PCT) {
            e.add(Source.FOCUS_RUN, Finding.numeric(CadenceResidual.KEY, residual, "%", "< " + num(CadenceResidual.LOW_BELOW_PCT)
                    + " % below own cadence at that speed", true, Strength.WEAK, "SCIENCE.md 9.3 [heuristic]"));
        }
        List<RunSummary> others = in.otherRecentRuns(in.windowDays());
        for (Band b : BANDS) {
            List<Double> values = new ArrayList<>();
            for (RunSummary r : others) {
                double v = value(DiagnosisInput.metric(r, b.key), b);
                if (!Double.isNaN(v)) {
                    values.add(v);
                }
            }
            if (values.size() >= MIN_RUNS) {
                double median = median(values);
                double d = b.degree(median);
                if (d > 0) {
                    e.add(Source.RECENT_RUNS, Finding.numeric("recent_median_" + b.key, median,
                            b.key.equals(GctBalance.KEY) ? "% from 50" : b.unit, b.rule(), true, Strength.WEAK, b.reference), d);
                }
            }
        }
        if (seen == 0) {
            e.missing("cadence and running dynamics (vertical oscillation, ground contact time from a chest strap or "
                    + "foot pod) would show your form; a gait analysis by a physiotherapist decides it");
        } else if (seen == 1) {
            e.missing("running dynamics (vertical oscillation, ground contact time, balance from a chest strap or foot pod) "
                    + "would show more of your form; a gait analysis by a physiotherapist decides it");
        }
        return e.assess();
    }

    /** The value compared with the band: balance as distance from 50 %; cadence only when it is a running cadence. */
    private static double value(double v, Band b) {
        if (b.key.equals(GctBalance.KEY)) {
            return Math.abs(v - 50);
        }
        return v;
    }

    private static double median(List<Double> values) {
        double[] a = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int m = a.length / 2;
        return a.length % 2 == 1 ? a[m] : (a[m - 1] + a[m]) / 2;
    }
}
