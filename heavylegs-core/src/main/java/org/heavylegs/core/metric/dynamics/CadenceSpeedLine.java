package org.heavylegs.core.metric.dynamics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.metric.MetricContext;
import org.heavylegs.core.metric.RunSeries;

/**
 * The athlete's own cadence-speed line, cadence = intercept + slope x speed, fitted by least
 * squares to steady one-minute segments of several runs (SCIENCE.md 9.3 proxy 1: a personal
 * regression from at least 20 steady segments [heuristic]). Cadence rises with speed, so a runner's
 * cadence is judged against what the same runner does at the same speed, not against population
 * bands. Used for the cadence residual of one run and, over weeks, by the trends.
 *
 * <p>A segment is one whole minute of moving time on near-flat ground with speed and cadence
 * throughout, running (see {@link #MIN_SPEED_M_S} and {@link #MIN_CADENCE_SPM}) and steady
 * (speed varies by at most 5 %).
 *
 * @param intercept  steps per minute at zero speed (an extrapolation, not a physiological value)
 * @param slope      steps per minute per m/s
 * @param segments   how many one-minute segments the line was fitted to
 * @param minSpeed   slowest segment speed, m/s
 * @param maxSpeed   fastest segment speed, m/s
 */
public record CadenceSpeedLine(double intercept, double slope, int segments, double minSpeed, double maxSpeed) {

    /** SCIENCE.md 9.3: at least 20 steady segments [heuristic]. */
    public static final int MIN_SEGMENTS = 20;
    /** Segment length, seconds [heuristic]. */
    public static final int SEGMENT_S = 60;
    /** A segment is steady when its speed's coefficient of variation is at most this [heuristic]. */
    static final double MAX_SEGMENT_SPEED_CV = 0.05;
    /** Near-flat ground only: mean |grade| at most this [heuristic]. */
    static final double MAX_SEGMENT_GRADE = 0.03;
    static final double MIN_SPEED_M_S = RunningSeconds.MIN_SPEED_M_S;
    static final double MIN_CADENCE_SPM = RunningSeconds.MIN_CADENCE_SPM;
    /** The segments' speeds must spread at least this much (standard deviation) for a slope [heuristic]. */
    static final double MIN_SPEED_SD_M_S = 0.1;

    /** Predicted cadence at a speed, steps per minute. */
    public double predict(double speedMS) {
        return intercept + slope * speedMS;
    }

    /** One steady minute: mean speed (m/s) and mean cadence (spm). */
    public record Segment(double speedMS, double cadenceSpm) {
    }

    /** Fits the line to the steady segments of these activities (running ones, and those naming no sport). */
    public static Optional<CadenceSpeedLine> fit(List<Activity> activities) {
        List<Segment> all = new ArrayList<>();
        for (Activity a : activities) {
            if (MetricContext.treatAsRunning(a)) {
                all.addAll(segments(RunSeries.of(a, Double.NaN)));
            }
        }
        return fitSegments(all);
    }

    /** The steady one-minute segments of one run. */
    public static List<Segment> segments(RunSeries s) {
        List<Segment> out = new ArrayList<>();
        double[] v = s.speed();
        double[] c = s.cadence();
        double[] g = s.grade();
        for (int from = 0; from + SEGMENT_S <= s.size(); from += SEGMENT_S) {
            double sv = 0;
            double sv2 = 0;
            double sc = 0;
            double sg = 0;
            boolean ok = true;
            for (int k = from; k < from + SEGMENT_S && ok; k++) {
                if (Double.isNaN(v[k]) || Double.isNaN(c[k]) || v[k] < MIN_SPEED_M_S || c[k] < MIN_CADENCE_SPM) {
                    ok = false;
                } else {
                    sv += v[k];
                    sv2 += v[k] * v[k];
                    sc += c[k];
                    sg += Double.isNaN(g[k]) ? 0 : g[k];
                }
            }
            if (!ok) {
                continue;
            }
            double mean = sv / SEGMENT_S;
            double cv = Math.sqrt(Math.max(0, sv2 / SEGMENT_S - mean * mean)) / mean;
            if (cv <= MAX_SEGMENT_SPEED_CV && Math.abs(sg / SEGMENT_S) <= MAX_SEGMENT_GRADE) {
                out.add(new Segment(mean, sc / SEGMENT_S));
            }
        }
        return out;
    }

    /** Least-squares line through the segments; empty with fewer than 20 or too little speed spread. */
    public static Optional<CadenceSpeedLine> fitSegments(List<Segment> segments) {
        int m = segments.size();
        if (m < MIN_SEGMENTS) {
            return Optional.empty();
        }
        double mv = 0;
        double mc = 0;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Segment seg : segments) {
            mv += seg.speedMS();
            mc += seg.cadenceSpm();
            lo = Math.min(lo, seg.speedMS());
            hi = Math.max(hi, seg.speedMS());
        }
        mv /= m;
        mc /= m;
        double svv = 0;
        double svc = 0;
        for (Segment seg : segments) {
            double dv = seg.speedMS() - mv;
            svv += dv * dv;
            svc += dv * (seg.cadenceSpm() - mc);
        }
        if (Math.sqrt(svv / m) < MIN_SPEED_SD_M_S) {
            return Optional.empty();
        }
        double slope = svc / svv;
        return Optional.of(new CadenceSpeedLine(mc - slope * mv, slope, m, lo, hi));
    }
}
