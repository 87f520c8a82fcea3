package org.heavylegs.sim;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Pause;
import org.heavylegs.core.athlete.RunLogEntry;
import org.heavylegs.core.athlete.WellnessDay;

/**
 * Markers computed directly and simply from generated data, independently of the production
 * metrics (which are written elsewhere), to check that each scenario really carries its signal.
 */
final class Markers {
    static final ZoneId ZONE = ZoneId.of("Europe/Zurich");

    private Markers() {
    }

    /** (pre - post) / pre x 100 of a run-log row; NaN when not weighed. */
    static double massLossPct(RunLogEntry e) {
        if (e.preMassKg() == null || e.postMassKg() == null) {
            return Double.NaN;
        }
        return (e.preMassKg() - e.postMassKg()) / e.preMassKg() * 100;
    }

    /**
     * Pa:HR decoupling (%): timer-running samples after the first 10 min, split into halves by time;
     * EF = mean speed / mean HR of each half; (EF1 - EF2) / EF1 x 100.
     */
    static double decouplingPct(Activity a) {
        double[] t = a.streams().time();
        double[] v = a.streams().get(Channel.SPEED_M_S);
        double[] hr = a.streams().get(Channel.HEART_RATE_BPM);
        double from = t[0] + 600;
        double mid = (from + t[t.length - 1]) / 2;
        double[] s = new double[4];
        int[] n = new int[2];
        for (int i = 0; i < t.length; i++) {
            if (t[i] < from) {
                continue;
            }
            int h = t[i] < mid ? 0 : 1;
            s[2 * h] += v[i];
            s[2 * h + 1] += hr[i];
            n[h]++;
        }
        double ef1 = s[0] / s[1];
        double ef2 = s[2] / s[3];
        return (ef1 - ef2) / ef1 * 100;
    }

    /** Mean speed over the first {@code seconds} of the run. */
    static double meanSpeed(Activity a, double fromS, double toS) {
        double[] t = a.streams().time();
        double[] v = a.streams().get(Channel.SPEED_M_S);
        double sum = 0;
        int n = 0;
        for (int i = 0; i < t.length; i++) {
            if (t[i] >= fromS && t[i] < toS) {
                sum += v[i];
                n++;
            }
        }
        return sum / n;
    }

    /** Median speed of the samples within [fromS, toS) whose speed is above a floor (work reps). */
    static double median(double[] values) {
        double[] c = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        return c.length == 0 ? Double.NaN : c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2;
    }

    /** Pace (s/km) over a distance range: elapsed timer time between the two distances / km. */
    static double paceSPerKm(Activity a, double fromM, double toM) {
        double[] t = a.streams().time();
        double[] d = a.streams().get(Channel.DISTANCE_M);
        double t0 = Double.NaN;
        double t1 = Double.NaN;
        for (int i = 0; i < d.length; i++) {
            if (Double.isNaN(t0) && d[i] >= fromM) {
                t0 = t[i];
            }
            if (d[i] <= toM) {
                t1 = t[i];
            }
        }
        double paused = 0;
        for (Pause p : a.pauses()) {
            if (p.startS() >= t0 && p.endS() <= t1) {
                paused += p.durationS();
            }
        }
        return (t1 - t0 - paused) / ((toM - fromM) / 1000);
    }

    static double distanceM(Activity a) {
        double[] d = a.streams().get(Channel.DISTANCE_M);
        return d[d.length - 1];
    }

    /**
     * Median of a channel in the progress window [from, to) of the run (fractions of the samples),
     * using only samples whose speed is within +-5 % of {@code refSpeed}.
     */
    static double matchedMedian(Activity a, Channel c, double from, double to, double refSpeed) {
        double[] v = a.streams().get(Channel.SPEED_M_S);
        double[] x = a.streams().get(c);
        int n = v.length;
        List<Double> kept = new ArrayList<>();
        for (int i = (int) (from * n); i < (int) (to * n); i++) {
            if (Math.abs(v[i] - refSpeed) <= 0.05 * refSpeed && Double.isFinite(x[i])) {
                kept.add(x[i]);
            }
        }
        return median(kept.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Daily training minutes (timer time) by local date. */
    static Map<LocalDate, Double> dailyMinutes(List<Activity> activities) {
        Map<LocalDate, Double> m = new TreeMap<>();
        for (Activity a : activities) {
            double[] t = a.streams().time();
            double paused = a.pauses().stream().mapToDouble(Pause::durationS).sum();
            double minutes = (t[t.length - 1] - t[0] - paused) / 60.0;
            m.merge(a.start().atZone(ZONE).toLocalDate(), minutes, Double::sum);
        }
        return m;
    }

    /** Rolling-average (coupled) ACWR on the last day: mean of 7 days / mean of 28 days. */
    static double acwr(Map<LocalDate, Double> daily, LocalDate last) {
        return mean(daily, last, 7) / mean(daily, last, 28);
    }

    /** Foster monotony of the last 7 days: mean / population SD of daily load. */
    static double monotony(Map<LocalDate, Double> daily, LocalDate last) {
        double[] d = new double[7];
        for (int i = 0; i < 7; i++) {
            d[i] = daily.getOrDefault(last.minusDays(i), 0.0);
        }
        double mean = Arrays.stream(d).average().orElse(0);
        double var = Arrays.stream(d).map(x -> (x - mean) * (x - mean)).sum() / 7;
        return mean / Math.sqrt(var);
    }

    static int restDays(Map<LocalDate, Double> daily, LocalDate last, int days) {
        int rest = 0;
        for (int i = 0; i < days; i++) {
            if (!daily.containsKey(last.minusDays(i))) {
                rest++;
            }
        }
        return rest;
    }

    private static double mean(Map<LocalDate, Double> daily, LocalDate last, int days) {
        double sum = 0;
        for (int i = 0; i < days; i++) {
            sum += daily.getOrDefault(last.minusDays(i), 0.0);
        }
        return sum / days;
    }

    /** Mean of a wellness value over days [lastDay - from, lastDay - to] (inclusive, from >= to). */
    static double wellnessMean(List<WellnessDay> days, LocalDate last, int from, int to,
                               java.util.function.Function<WellnessDay, Double> f) {
        return days.stream()
                .filter(d -> !d.date().isBefore(last.minusDays(from)) && !d.date().isAfter(last.minusDays(to)))
                .map(f).filter(x -> x != null).mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    static double wellnessSd(List<WellnessDay> days, LocalDate last, int from, int to,
                             java.util.function.Function<WellnessDay, Double> f) {
        double[] x = days.stream()
                .filter(d -> !d.date().isBefore(last.minusDays(from)) && !d.date().isAfter(last.minusDays(to)))
                .map(f).filter(v -> v != null).mapToDouble(Double::doubleValue).toArray();
        double m = Arrays.stream(x).average().orElse(Double.NaN);
        return Math.sqrt(Arrays.stream(x).map(v -> (v - m) * (v - m)).sum() / (x.length - 1));
    }

    /** Efficiency factor of a run: mean speed / mean HR over timer-running samples after 10 min, m/min per bpm. */
    static double efficiency(Activity a) {
        double[] t = a.streams().time();
        double[] v = a.streams().get(Channel.SPEED_M_S);
        double[] hr = a.streams().get(Channel.HEART_RATE_BPM);
        double sv = 0;
        double sh = 0;
        for (int i = 0; i < t.length; i++) {
            if (t[i] >= 600 && v[i] > 1.5) {
                sv += v[i] * 60;
                sh += hr[i];
            }
        }
        return sv / sh;
    }

    /** Mean of a channel over samples faster than 1.5 m/s. */
    static double runningMean(Activity a, Channel c) {
        double[] v = a.streams().get(Channel.SPEED_M_S);
        double[] x = a.streams().get(c);
        double s = 0;
        int n = 0;
        for (int i = 0; i < v.length; i++) {
            if (v[i] > 1.5 && Double.isFinite(x[i])) {
                s += x[i];
                n++;
            }
        }
        return s / n;
    }
}
