package org.heavylegs.core.metric;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether a channel covers enough of the moving time for a whole-run metric. A heart-rate load
 * from a strap that dropped out for half the run would be half the truth, so such metrics need
 * at least {@link #MIN_SHARE} of the moving time covered [heuristic], and say so otherwise.
 */
public final class Coverage {
    /** Share of moving seconds a channel must cover for whole-run sums and means [heuristic]. */
    public static final double MIN_SHARE = 0.5;
    /** Below this share the value is still given, with a note that it is underestimated [heuristic]. */
    public static final double NOTE_BELOW_SHARE = 0.9;

    private Coverage() {
    }

    /** Empty when the channel covers enough of the moving time, else the reason. */
    public static Optional<String> lacking(RunSeries s, double[] channel, String what) {
        if (s.size() == 0) {
            return Optional.of("no samples while the timer ran");
        }
        int valid = RunSeries.countValid(channel);
        if (valid == 0) {
            return Optional.of("needs " + what);
        }
        double share = valid / (double) s.size();
        if (share < MIN_SHARE) {
            return Optional.of(String.format(Locale.ROOT, "%s covers only %.0f %% of the moving time (needs %.0f %%)",
                    what, 100 * share, 100 * MIN_SHARE));
        }
        return Optional.empty();
    }

    /** Share of moving seconds with a value. */
    public static double share(RunSeries s, double[] channel) {
        return s.size() == 0 ? 0 : RunSeries.countValid(channel) / (double) s.size();
    }

    /** A note for sums over a partly covered channel, or empty when coverage is nearly complete. */
    public static Optional<String> gapNote(RunSeries s, double[] channel, String what) {
        double share = share(s, channel);
        if (share > 0 && share < NOTE_BELOW_SHARE) {
            return Optional.of(String.format(Locale.ROOT,
                    "%s missing for %.0f %% of the moving time: loads from it are underestimated", what, 100 * (1 - share)));
        }
        return Optional.empty();
    }
}
