package org.heavylegs.core.metric;

import java.util.Arrays;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.metric.grade.Minetti;

/**
 * The moving part of an activity on a one-second grid: one value per second while the timer ran,
 * so that every metric can weight samples equally, use windows in minutes of moving time and
 * never see a paused stretch. Built once per activity by {@link MetricContext#series()} (see
 * {@link RunSeriesBuilder}).
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

    RunSeries(RunSeriesBuilder b) {
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
        return new RunSeriesBuilder(activity, hrMax).build();
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
}
