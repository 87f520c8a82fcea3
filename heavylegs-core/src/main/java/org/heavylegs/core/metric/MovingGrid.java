package org.heavylegs.core.metric;

import java.util.Arrays;
import java.util.List;
import org.heavylegs.core.activity.Pause;

/**
 * The seconds of {@link RunSeries}' grid: t0 + k for every k that lies neither in a timer pause nor
 * in a stretch without any sample for more than {@link RunSeries#UNRECORDED_PAUSE_S}, at most
 * {@link RunSeries#MAX_SECONDS} of them.
 */
final class MovingGrid {
    /** Elapsed seconds of each grid second. */
    final double[] elapsed;
    /** True when the moving time exceeded {@link RunSeries#MAX_SECONDS} and the rest was left out. */
    final boolean truncated;

    private MovingGrid(double[] elapsed, boolean truncated) {
        this.elapsed = elapsed;
        this.truncated = truncated;
    }

    static MovingGrid of(double[] rawTime, List<Pause> pauses) {
        int m = rawTime.length;
        if (m < 2) {
            return new MovingGrid(new double[0], false);
        }
        double t0 = rawTime[0];
        double span = rawTime[m - 1] - t0;
        long seconds = (long) Math.floor(span);
        double[] g = new double[(int) Math.min(seconds, RunSeries.MAX_SECONDS + 1L)];
        int count = 0;
        int p = 0;
        int r = 0;
        for (long k = 0; k < seconds && count < g.length; k++) {
            double t = t0 + k;
            while (p < pauses.size() && pauses.get(p).endS() <= t) {
                p++;
            }
            if (p < pauses.size() && pauses.get(p).startS() <= t && t < pauses.get(p).endS()) {
                continue;
            }
            while (r + 1 < m && rawTime[r + 1] <= t) {
                r++;
            }
            if (r + 1 < m && rawTime[r + 1] - rawTime[r] > RunSeries.UNRECORDED_PAUSE_S) {
                continue;
            }
            g[count++] = t;
        }
        boolean truncated = false;
        if (count > RunSeries.MAX_SECONDS) {
            truncated = true;
            count = RunSeries.MAX_SECONDS;
        }
        return new MovingGrid(Arrays.copyOf(g, count), truncated);
    }
}
