package org.heavylegs.core.metric;

import java.util.Arrays;
import java.util.List;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Pause;
import org.heavylegs.core.activity.Streams;
import org.heavylegs.core.activity.Totals;
import org.heavylegs.core.metric.grade.Minetti;

/**
 * The moving part of an activity on a one-second grid: one value per second while the timer ran,
 * so that every metric can weight samples equally, use windows in minutes of moving time and
 * never see a paused stretch. Built once per activity by {@link MetricContext#series()}.
 *
 * <p>How the grid is filled:
 * <ul>
 *   <li>grid second k sits at elapsed time {@code t0 + k}; seconds inside a timer pause, or
 *       inside a stretch with no sample at all for more than {@link #UNRECORDED_PAUSE_S}, are left out;</li>
 *   <li>each channel is interpolated linearly between its neighbouring valid samples when they are
 *       at most {@link #maxGapS()} apart, else the second is NaN (SCIENCE.md 0: HR gaps &gt; 5 s are
 *       ignored);</li>
 *   <li>heart rate outside [40, hr_max + 5] bpm is treated as missing (SCIENCE.md 0);</li>
 *   <li>speed is the speed channel, else derived from distance, else from positions;</li>
 *   <li>grade comes from altitude smoothed over 30 s, over a 30 m horizontal window (SCIENCE.md 10.8),
 *       clamped to Minetti's measured range; grade-adjusted speed uses {@link Minetti#costRatio}.</li>
 * </ul>
 */
public final class RunSeries {

    /** SCIENCE.md 0: heart-rate samples across gaps longer than 5 s are not used. */
    public static final double MAX_GAP_S = 5.0;
    /**
     * Files recorded sparsely ("smart recording", one sample every 3-8 s) would lose every value
     * under a strict 5 s rule, so the gap limit becomes twice the file's median sample interval,
     * at most this many seconds [heuristic].
     */
    public static final double SPARSE_MAX_GAP_S = 15.0;
    static final double SPARSE_GAP_FACTOR = 2.0;
    /** A stretch longer than this with no sample at all is treated as a pause (GPX has no pause records) [heuristic]. */
    public static final double UNRECORDED_PAUSE_S = 60.0;
    /** SCIENCE.md 0: heart rates below this are artefacts. */
    public static final double HR_MIN_BPM = 40.0;
    /** SCIENCE.md 0: heart rates above hr_max plus this are artefacts. */
    public static final double HR_ABOVE_MAX_BPM = 5.0;
    /** Without a known hr_max, heart rates above this are artefacts [heuristic]. */
    static final double HR_ABSOLUTE_MAX_BPM = 230.0;
    /** Fastest plausible running speed (sprint peaks are about 12.4 m/s); higher is a GPS glitch [heuristic]. */
    public static final double MAX_RUNNING_SPEED_M_S = 12.5;
    /** Speed cap for other sports (about 144 km/h) [heuristic]. */
    static final double MAX_OTHER_SPEED_M_S = 40.0;
    /** Altitude is smoothed over this many seconds before grades are taken (SCIENCE.md 10.8). */
    static final int ALTITUDE_SMOOTHING_S = 30;
    /** Altitude may be interpolated over longer gaps than other channels; it changes slowly [heuristic]. */
    static final double ALTITUDE_MAX_GAP_S = 30.0;
    /** Grade is taken over +-15 m horizontally (SCIENCE.md 10.8: windows of 10-30 m). */
    static final double GRADE_HALF_WINDOW_M = 15.0;
    static final double GRADE_MIN_WINDOW_M = 10.0;
    /** At most two days of moving time are analysed (a guard against broken timestamps). */
    public static final int MAX_SECONDS = 2 * 24 * 3600;

    private final int n;
    private final double[] elapsed;
    private final double[] hr;
    private final double[] speed;
    private final double[] distance;
    private final double[] altitude;
    private final double[] grade;
    private final double[] gapSpeed;
    private final double[] cadence;
    private final double[] gct;
    private final double[] vo;
    private final double[] verticalRatio;
    private final double[] gctBalance;
    private final double[] stepLength;
    private final double[] deviceTemperature;
    private final double[] ambientTemperature;
    private final double[] humidity;
    private final double totalDistanceM;
    private final double maxGapS;
    private final boolean truncated;

    private RunSeries(Builder b) {
        this.n = b.elapsed.length;
        this.elapsed = b.elapsed;
        this.hr = b.hr;
        this.speed = b.speed;
        this.distance = b.distance;
        this.altitude = b.altitude;
        this.grade = b.grade;
        this.gapSpeed = b.gapSpeed;
        this.cadence = b.cadence;
        this.gct = b.gct;
        this.vo = b.vo;
        this.verticalRatio = b.verticalRatio;
        this.gctBalance = b.gctBalance;
        this.stepLength = b.stepLength;
        this.deviceTemperature = b.deviceTemperature;
        this.ambientTemperature = b.ambientTemperature;
        this.humidity = b.humidity;
        this.totalDistanceM = b.totalDistanceM;
        this.maxGapS = b.maxGapS;
        this.truncated = b.truncated;
    }

    /**
     * @param activity the activity (any sport)
     * @param hrMax    the athlete's maximum heart rate, or NaN when unknown
     */
    public static RunSeries of(Activity activity, double hrMax) {
        return new Builder(activity, hrMax).build();
    }

    /** Seconds of moving time on the grid. */
    public int size() {
        return n;
    }

    /** Elapsed seconds since the activity's start for each grid second (gaps where the timer stopped). */
    public double[] elapsed() {
        return elapsed;
    }

    /** Heart rate, bpm; NaN where missing or implausible. */
    public double[] hr() {
        return hr;
    }

    /** Speed, m/s. */
    public double[] speed() {
        return speed;
    }

    /** Distance since the first grid second, m, non-decreasing; NaN when the activity has none. */
    public double[] distance() {
        return distance;
    }

    /**
     * Distance of the analysed part, m: from the first to the last recorded distance (or position),
     * else the integral of speed; NaN when unknown. Unlike the last value of {@link #distance()} it
     * includes the final second.
     */
    public double totalDistanceM() {
        return totalDistanceM;
    }

    /** Smoothed altitude, m. */
    public double[] altitude() {
        return altitude;
    }

    /** Fractional grade (rise over run), NaN where unknown. */
    public double[] grade() {
        return grade;
    }

    /** Grade-adjusted speed (Minetti 2002), m/s; equals speed where grade is unknown. */
    public double[] gapSpeed() {
        return gapSpeed;
    }

    public double[] cadence() {
        return cadence;
    }

    public double[] groundContactTimeMs() {
        return gct;
    }

    public double[] verticalOscillationCm() {
        return vo;
    }

    public double[] verticalRatioPct() {
        return verticalRatio;
    }

    public double[] gctBalanceLeftPct() {
        return gctBalance;
    }

    public double[] stepLengthM() {
        return stepLength;
    }

    public double[] deviceTemperatureC() {
        return deviceTemperature;
    }

    public double[] ambientTemperatureC() {
        return ambientTemperature;
    }

    public double[] humidityPct() {
        return humidity;
    }

    /** The gap limit used for interpolation in this activity, seconds. */
    public double maxGapS() {
        return maxGapS;
    }

    /** Whether the activity had altitude at all. */
    public boolean hasAltitude() {
        return countValid(altitude) > 0;
    }

    /** True when the moving time exceeded {@link #MAX_SECONDS} and the rest was not analysed. */
    public boolean truncated() {
        return truncated;
    }

    /** Number of non-NaN values. */
    public static int countValid(double[] x) {
        int c = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                c++;
            }
        }
        return c;
    }

    /** Number of seconds where both series have values. */
    public static int countBoth(double[] a, double[] b) {
        int c = 0;
        for (int i = 0; i < a.length; i++) {
            if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                c++;
            }
        }
        return c;
    }

    /** Mean of the non-NaN values in [from, to), NaN when none. */
    public static double mean(double[] x, int from, int to) {
        double sum = 0;
        int c = 0;
        for (int i = Math.max(0, from); i < Math.min(to, x.length); i++) {
            if (!Double.isNaN(x[i])) {
                sum += x[i];
                c++;
            }
        }
        return c == 0 ? Double.NaN : sum / c;
    }

    /** Median of the given values (NaN ignored), NaN when none; the array is not changed. */
    public static double median(double[] values) {
        double[] v = Arrays.stream(values).filter(x -> !Double.isNaN(x)).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        int mid = v.length / 2;
        return v.length % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
    }

    /** Builds the grid from the raw streams; never throws on odd data. */
    private static final class Builder {
        private final Activity activity;
        private final double hrMax;
        double[] elapsed;
        double[] hr;
        double[] speed;
        double[] distance;
        double[] altitude;
        double[] grade;
        double[] gapSpeed;
        double[] cadence;
        double[] gct;
        double[] vo;
        double[] verticalRatio;
        double[] gctBalance;
        double[] stepLength;
        double[] deviceTemperature;
        double[] ambientTemperature;
        double[] humidity;
        double totalDistanceM = Double.NaN;
        double maxGapS = MAX_GAP_S;
        boolean truncated;

        // Raw samples in time order with finite, non-decreasing times.
        private int[] order;
        private double[] rawTime;

        Builder(Activity activity, double hrMax) {
            this.activity = activity;
            this.hrMax = hrMax;
        }

        RunSeries build() {
            Streams s = activity.streams();
            selectRawSamples(s.time());
            elapsed = grid(activity.pauses());
            maxGapS = gapLimit();
            double hrHigh = Double.isFinite(hrMax) ? hrMax + HR_ABOVE_MAX_BPM : HR_ABSOLUTE_MAX_BPM;
            hr = channel(s, Channel.HEART_RATE_BPM, HR_MIN_BPM, hrHigh, maxGapS);
            double speedCap = MetricContext.treatAsRunning(activity) ? MAX_RUNNING_SPEED_M_S : MAX_OTHER_SPEED_M_S;
            double[] rawDistance = rawDistance(s);
            speed = speed(s, rawDistance, speedCap);
            distance = distanceGrid(rawDistance);
            double[] alt = channel(s, Channel.ALTITUDE_M, -500, 9000, Math.max(maxGapS, ALTITUDE_MAX_GAP_S));
            altitude = Rolling.centred(alt, ALTITUDE_SMOOTHING_S);
            grade = grade(distance, altitude);
            gapSpeed = new double[elapsed.length];
            for (int k = 0; k < gapSpeed.length; k++) {
                double g = Double.isNaN(grade[k]) ? 0.0 : grade[k];
                gapSpeed[k] = speed[k] * Minetti.costRatio(g);
            }
            cadence = channel(s, Channel.CADENCE_SPM, 0, 260, maxGapS);
            gct = channel(s, Channel.GROUND_CONTACT_TIME_MS, 50, 700, maxGapS);
            vo = channel(s, Channel.VERTICAL_OSCILLATION_CM, 1, 30, maxGapS);
            verticalRatio = channel(s, Channel.VERTICAL_RATIO_PCT, 1, 30, maxGapS);
            gctBalance = channel(s, Channel.GCT_BALANCE_LEFT_PCT, 30, 70, maxGapS);
            stepLength = channel(s, Channel.STEP_LENGTH_M, 0.2, 3.0, maxGapS);
            deviceTemperature = channel(s, Channel.DEVICE_TEMPERATURE_C, -40, 60, Double.POSITIVE_INFINITY);
            ambientTemperature = channel(s, Channel.AMBIENT_TEMPERATURE_C, -40, 60, Double.POSITIVE_INFINITY);
            humidity = channel(s, Channel.HUMIDITY_PCT, 0, 100, Double.POSITIVE_INFINITY);
            return new RunSeries(this);
        }

        /** Keeps the samples with finite times that do not go back in time. */
        private void selectRawSamples(double[] t) {
            int[] idx = new int[t.length];
            int m = 0;
            double last = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < t.length; i++) {
                if (Double.isFinite(t[i]) && t[i] >= last) {
                    idx[m++] = i;
                    last = t[i];
                }
            }
            order = Arrays.copyOf(idx, m);
            rawTime = new double[m];
            for (int j = 0; j < m; j++) {
                rawTime[j] = t[order[j]];
            }
        }

        /** Grid seconds t0 + k that lie neither in a pause nor in a long unrecorded stretch. */
        private double[] grid(List<Pause> pauses) {
            int m = rawTime.length;
            if (m < 2) {
                return new double[0];
            }
            double t0 = rawTime[0];
            double span = rawTime[m - 1] - t0;
            long seconds = (long) Math.floor(span);
            double[] g = new double[(int) Math.min(seconds, MAX_SECONDS + 1L)];
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
                if (r + 1 < m && rawTime[r + 1] - rawTime[r] > UNRECORDED_PAUSE_S) {
                    continue;
                }
                g[count++] = t;
            }
            if (count > MAX_SECONDS) {
                truncated = true;
                count = MAX_SECONDS;
            }
            return Arrays.copyOf(g, count);
        }

        /** Twice the median sample interval, between 5 and 15 s. */
        private double gapLimit() {
            int m = rawTime.length;
            if (m < 3) {
                return MAX_GAP_S;
            }
            double[] dt = new double[m - 1];
            for (int j = 1; j < m; j++) {
                dt[j - 1] = rawTime[j] - rawTime[j - 1];
            }
            double med = median(dt);
            return Math.max(MAX_GAP_S, Math.min(SPARSE_MAX_GAP_S, SPARSE_GAP_FACTOR * med));
        }

        /** A raw channel, valid values in [lo, hi], on the grid; all NaN when absent. */
        private double[] channel(Streams s, Channel c, double lo, double hi, double maxGap) {
            double[] col = s.get(c);
            if (col == null) {
                return nan(elapsed.length);
            }
            double[] v = new double[order.length];
            for (int j = 0; j < order.length; j++) {
                double x = col[order[j]];
                v[j] = Double.isFinite(x) && x >= lo && x <= hi ? x : Double.NaN;
            }
            return resample(v, maxGap);
        }

        /** Linear interpolation between valid neighbours at most maxGap apart. */
        private double[] resample(double[] v, double maxGap) {
            int m = rawTime.length;
            double[] tv = new double[m];
            double[] vv = new double[m];
            int c = 0;
            for (int j = 0; j < m; j++) {
                if (!Double.isNaN(v[j])) {
                    tv[c] = rawTime[j];
                    vv[c] = v[j];
                    c++;
                }
            }
            double[] out = nan(elapsed.length);
            if (c == 0) {
                return out;
            }
            int j = 0;
            for (int k = 0; k < elapsed.length; k++) {
                double t = elapsed[k];
                while (j + 1 < c && tv[j + 1] <= t) {
                    j++;
                }
                if (tv[j] > t) {
                    continue;
                }
                if (tv[j] == t) {
                    out[k] = vv[j];
                } else if (j + 1 < c && tv[j + 1] - tv[j] <= maxGap) {
                    double f = (t - tv[j]) / (tv[j + 1] - tv[j]);
                    out[k] = vv[j] + f * (vv[j + 1] - vv[j]);
                }
            }
            return out;
        }

        /** Cumulative distance per raw sample: the distance column, else positions; NaN where unknown. */
        private double[] rawDistance(Streams s) {
            double[] d = s.get(Channel.DISTANCE_M);
            int m = order.length;
            double[] out = nan(m);
            if (d != null) {
                int valid = 0;
                for (int j = 0; j < m; j++) {
                    double x = d[order[j]];
                    if (Double.isFinite(x) && x >= 0) {
                        out[j] = x;
                        valid++;
                    }
                }
                if (valid >= 2) {
                    return out;
                }
            }
            double[] lat = s.get(Channel.LATITUDE_DEG);
            double[] lon = s.get(Channel.LONGITUDE_DEG);
            if (lat == null || lon == null) {
                return nan(m);
            }
            double total = 0;
            int prev = -1;
            for (int j = 0; j < m; j++) {
                double la = lat[order[j]];
                double lo = lon[order[j]];
                if (!Double.isFinite(la) || !Double.isFinite(lo) || Math.abs(la) > 90 || Math.abs(lo) > 180) {
                    continue;
                }
                if (prev >= 0) {
                    total += Totals.haversineM(lat[order[prev]], lon[order[prev]], la, lo);
                }
                out[j] = total;
                prev = j;
            }
            return out;
        }

        /** The speed channel when it covers at least half the samples, else speed from distance. */
        private double[] speed(Streams s, double[] rawDistance, double cap) {
            double[] fromChannel = channel(s, Channel.SPEED_M_S, 0, cap, maxGapS);
            int have = countValid(fromChannel);
            if (have > 0 && have * 2 >= elapsed.length) {
                return fromChannel;
            }
            int m = rawDistance.length;
            int[] prev = new int[m];
            int[] next = new int[m];
            int last = -1;
            for (int j = 0; j < m; j++) {
                prev[j] = last;
                if (!Double.isNaN(rawDistance[j])) {
                    last = j;
                }
            }
            last = -1;
            for (int j = m - 1; j >= 0; j--) {
                next[j] = last;
                if (!Double.isNaN(rawDistance[j])) {
                    last = j;
                }
            }
            double[] v = nan(m);
            for (int j = 0; j < m; j++) {
                boolean here = !Double.isNaN(rawDistance[j]);
                int a = prev[j] >= 0 ? prev[j] : (here ? j : -1);
                int b = next[j] >= 0 ? next[j] : (here ? j : -1);
                if (a < 0 || b < 0 || a == b) {
                    continue;
                }
                double dt = rawTime[b] - rawTime[a];
                if (dt <= 0 || dt > 2 * maxGapS) {
                    continue;
                }
                double x = (rawDistance[b] - rawDistance[a]) / dt;
                v[j] = x >= 0 && x <= cap ? x : Double.NaN;
            }
            double[] derived = resample(v, maxGapS);
            return countValid(derived) > have ? derived : fromChannel;
        }

        /**
         * Distance on the grid, counted from the first grid second and never decreasing. Without any
         * distance source it is the integral of speed; without speed either it is all NaN.
         */
        private double[] distanceGrid(double[] rawDistance) {
            int len = elapsed.length;
            double[] d = resample(rawDistance, Double.POSITIVE_INFINITY);
            if (countValid(d) == 0) {
                if (countValid(speed) == 0) {
                    return nan(len);
                }
                double total = 0;
                for (int k = 0; k < len; k++) {
                    d[k] = total;
                    if (!Double.isNaN(speed[k])) {
                        total += speed[k];
                    }
                }
                totalDistanceM = total;
                return d;
            }
            totalDistanceM = rawSpan(rawDistance);
            double first = Double.NaN;
            for (double x : d) {
                if (!Double.isNaN(x)) {
                    first = x;
                    break;
                }
            }
            double last = first;
            for (int k = 0; k < len; k++) {
                double x = Double.isNaN(d[k]) ? last : Math.max(last, d[k]);
                d[k] = x - first;
                last = x;
            }
            return d;
        }

        /** Last minus first valid raw value up to the end of the grid (the whole run unless truncated). */
        private double rawSpan(double[] raw) {
            double end = elapsed.length == 0 ? Double.NEGATIVE_INFINITY : elapsed[elapsed.length - 1] + 1;
            double first = Double.NaN;
            double last = Double.NaN;
            for (int j = 0; j < raw.length && rawTime[j] <= end; j++) {
                if (!Double.isNaN(raw[j])) {
                    if (Double.isNaN(first)) {
                        first = raw[j];
                    }
                    last = Math.max(Double.isNaN(last) ? raw[j] : last, raw[j]);
                }
            }
            return last - first;
        }

        /** Rise over run across +-15 m of distance, clamped to Minetti's range. */
        private static double[] grade(double[] distance, double[] altitude) {
            int len = distance.length;
            double[] g = nan(len);
            if (countValid(altitude) == 0 || countValid(distance) == 0) {
                return g;
            }
            int lo = 0;
            int hi = 0;
            for (int k = 0; k < len; k++) {
                double d = distance[k];
                if (Double.isNaN(d)) {
                    continue;
                }
                while (lo < k && (Double.isNaN(distance[lo]) || distance[lo] < d - GRADE_HALF_WINDOW_M)) {
                    lo++;
                }
                if (hi < k) {
                    hi = k;
                }
                while (hi + 1 < len && !Double.isNaN(distance[hi + 1]) && distance[hi + 1] <= d + GRADE_HALF_WINDOW_M) {
                    hi++;
                }
                double run = distance[hi] - distance[lo];
                if (run < GRADE_MIN_WINDOW_M || Double.isNaN(altitude[lo]) || Double.isNaN(altitude[hi])) {
                    continue;
                }
                double rise = altitude[hi] - altitude[lo];
                g[k] = Math.max(-Minetti.MAX_GRADE, Math.min(Minetti.MAX_GRADE, rise / run));
            }
            return g;
        }

        private static double[] nan(int len) {
            double[] x = new double[len];
            Arrays.fill(x, Double.NaN);
            return x;
        }
    }
}
