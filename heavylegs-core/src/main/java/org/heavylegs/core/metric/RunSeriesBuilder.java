package org.heavylegs.core.metric;

import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Streams;
import org.heavylegs.core.metric.grade.Minetti;

/** Builds {@link RunSeries}' grid from the raw streams as its class comment says; never throws on odd data. */
final class RunSeriesBuilder {
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
    double maxGapS = RunSeries.MAX_GAP_S;
    boolean truncated;

    RunSeriesBuilder(Activity activity, double hrMax) {
        this.activity = activity;
        this.hrMax = hrMax;
    }

    RunSeries build() {
        Streams s = activity.streams();
        RawSamples raw = RawSamples.of(s.time());
        MovingGrid grid = MovingGrid.of(raw.time, activity.pauses());
        elapsed = grid.elapsed;
        truncated = grid.truncated;
        maxGapS = raw.gapLimit();
        double hrHigh = Double.isFinite(hrMax) ? hrMax + RunSeries.HR_ABOVE_MAX_BPM : RunSeries.HR_ABSOLUTE_MAX_BPM;
        hr = raw.channel(s, Channel.HEART_RATE_BPM, RunSeries.HR_MIN_BPM, hrHigh, elapsed, maxGapS);
        double speedCap = MetricContext.treatAsRunning(activity) ? RunSeries.MAX_RUNNING_SPEED_M_S : RunSeries.MAX_OTHER_SPEED_M_S;
        SpeedAndDistance sd = SpeedAndDistance.of(s, raw, elapsed, maxGapS, speedCap);
        speed = sd.speed;
        distance = sd.distance;
        totalDistanceM = sd.totalDistanceM;
        double[] alt = raw.channel(s, Channel.ALTITUDE_M, -500, 9000, elapsed,
                Math.max(maxGapS, RunSeries.ALTITUDE_MAX_GAP_S));
        altitude = Rolling.centred(alt, RunSeries.ALTITUDE_SMOOTHING_S);
        grade = grade(distance, altitude);
        gapSpeed = new double[elapsed.length];
        for (int k = 0; k < gapSpeed.length; k++) {
            double g = Double.isNaN(grade[k]) ? 0.0 : grade[k];
            gapSpeed[k] = speed[k] * Minetti.costRatio(g);
        }
        cadence = raw.channel(s, Channel.CADENCE_SPM, 0, 260, elapsed, maxGapS);
        gct = raw.channel(s, Channel.GROUND_CONTACT_TIME_MS, 50, 700, elapsed, maxGapS);
        vo = raw.channel(s, Channel.VERTICAL_OSCILLATION_CM, 1, 30, elapsed, maxGapS);
        verticalRatio = raw.channel(s, Channel.VERTICAL_RATIO_PCT, 1, 30, elapsed, maxGapS);
        gctBalance = raw.channel(s, Channel.GCT_BALANCE_LEFT_PCT, 30, 70, elapsed, maxGapS);
        stepLength = raw.channel(s, Channel.STEP_LENGTH_M, 0.2, 3.0, elapsed, maxGapS);
        deviceTemperature = raw.channel(s, Channel.DEVICE_TEMPERATURE_C, -40, 60, elapsed, Double.POSITIVE_INFINITY);
        ambientTemperature = raw.channel(s, Channel.AMBIENT_TEMPERATURE_C, -40, 60, elapsed, Double.POSITIVE_INFINITY);
        humidity = raw.channel(s, Channel.HUMIDITY_PCT, 0, 100, elapsed, Double.POSITIVE_INFINITY);
        return new RunSeries(this);
    }

    /** Rise over run across +-15 m of distance, clamped to Minetti's range. */
    private static double[] grade(double[] distance, double[] altitude) {
        int len = distance.length;
        double[] g = RawSamples.nan(len);
        if (RunSeries.countValid(altitude) == 0 || RunSeries.countValid(distance) == 0) {
            return g;
        }
        int lo = 0;
        int hi = 0;
        for (int k = 0; k < len; k++) {
            double d = distance[k];
            if (Double.isNaN(d)) {
                continue;
            }
            while (lo < k && (Double.isNaN(distance[lo]) || distance[lo] < d - RunSeries.GRADE_HALF_WINDOW_M)) {
                lo++;
            }
            if (hi < k) {
                hi = k;
            }
            while (hi + 1 < len && !Double.isNaN(distance[hi + 1]) && distance[hi + 1] <= d + RunSeries.GRADE_HALF_WINDOW_M) {
                hi++;
            }
            double run = distance[hi] - distance[lo];
            if (run < RunSeries.GRADE_MIN_WINDOW_M || Double.isNaN(altitude[lo]) || Double.isNaN(altitude[hi])) {
                continue;
            }
            double rise = altitude[hi] - altitude[lo];
            g[k] = Math.max(-Minetti.MAX_GRADE, Math.min(Minetti.MAX_GRADE, rise / run));
        }
        return g;
    }
}
