package org.heavylegs.core.metric.durability;

import java.util.List;
import org.heavylegs.core.metric.Outcome;
import org.heavylegs.core.metric.RunSeries;

/**
 * Aerobic decoupling, Pa:HR (SCIENCE.md 10.5; Friel/TrainingPeaks convention, confirmed): split the
 * steady part of the run ({@link SteadyPart}: after minute 10, moving, steady) into two halves by
 * time; in each, EF = mean grade-adjusted speed / mean heart rate;
 * <pre>decoupling_pct = (EF_first - EF_second) / EF_first x 100</pre>
 * Positive means heart rate drifted up for the same pace. Friel's reading (a convention, not
 * physiology): below 5 % coupled, 5-10 % moderate, above 10 % poor; meaningful for steady runs of
 * 60 min or more. {@code decoupling_window_min} says how long the analysed part was.
 */
public final class Decoupling extends SteadyPartMetric {
    public static final String KEY = "decoupling_pct";
    public static final String KEY_WINDOW = "decoupling_window_min";
    /** Friel: below this the run counts as aerobically coupled (SCIENCE.md 10.5, a convention). */
    public static final double COUPLED_BELOW_PCT = 5.0;
    /** Friel: above this decoupling counts as poor. */
    public static final double POOR_ABOVE_PCT = 10.0;

    @Override
    public List<String> keys() {
        return List.of(KEY, KEY_WINDOW);
    }

    @Override
    Outcome compute(RunSeries s, SteadyPart part) {
        int mid = part.atShareOfTime(0.5);
        double first = part.efficiency(s, 0, mid);
        double second = part.efficiency(s, mid, part.size());
        return Outcome.values()
                .with(KEY, pct(first, second))
                .with(KEY_WINDOW, part.size() / 60.0);
    }

    /** (EF_first - EF_second) / EF_first x 100. */
    public static double pct(double efFirst, double efSecond) {
        return (efFirst - efSecond) / efFirst * 100;
    }
}
