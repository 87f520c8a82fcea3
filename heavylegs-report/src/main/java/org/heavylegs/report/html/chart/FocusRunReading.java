package org.heavylegs.report.html.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Streams;
import org.heavylegs.report.explain.Labels;

/**
 * The sentence under {@link FocusRunChart}: the late-fade window against the part before it, else
 * the warm-up window against the part after it, else the run's length, average pace and heart rate.
 */
final class FocusRunReading {

    private FocusRunReading() {
    }

    /**
     * Mean of a channel over samples whose time lies in [from, to), NaN when absent or empty. Speed
     * counts only while running, so a stop at a crossing does not slow the average pace.
     */
    static double meanIn(Streams s, Channel c, double from, double to) {
        double[] v = s.get(c);
        if (v == null) {
            return Double.NaN;
        }
        double[] t = s.time();
        double floor = c == Channel.SPEED_M_S ? FocusRunChart.MIN_RUNNING_SPEED_M_S : Double.NEGATIVE_INFINITY;
        double sum = 0;
        int n = 0;
        for (int i = 0; i < t.length; i++) {
            if (t[i] >= from && t[i] < to && Double.isFinite(v[i]) && v[i] >= floor) {
                sum += v[i];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    static String of(FocusRun run) {
        Streams s = run.streams();
        double start = s.time()[0];
        double end = s.time()[s.size() - 1] + 1e-6;
        RunWindow warm = run.windows().stream().filter(w -> w.kind() == RunWindow.Kind.WARMUP).findFirst().orElse(null);
        RunWindow late = run.windows().stream().filter(w -> w.kind() == RunWindow.Kind.LATE_FADE).findFirst().orElse(null);
        if (late != null) {
            double before = warm == null ? start : warm.toS();
            List<String> cmp = compare(s, late.fromS(), late.toS(), before, late.fromS());
            if (!cmp.isEmpty()) {
                return String.format(Locale.ROOT, "In the late-fade window (from minute %.0f) your %s.", late.fromS() / 60,
                        String.join(", ", cmp));
            }
        }
        if (warm != null) {
            List<String> cmp = compare(s, warm.fromS(), warm.toS(), warm.toS(), end);
            if (!cmp.isEmpty()) {
                return String.format(Locale.ROOT, "In the warm-up window (first %.0f min) your %s.",
                        (warm.toS() - warm.fromS()) / 60, String.join(", ", cmp));
            }
        }
        double min = (end - start) / 60;
        double v = meanIn(s, Channel.SPEED_M_S, start, end);
        double hr = meanIn(s, Channel.HEART_RATE_BPM, start, end);
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "The run lasted %.0f min", min));
        if (Double.isFinite(v) && v > 0) {
            sb.append(" at an average ").append(Labels.pace(1000 / v)).append(" per km");
        }
        if (Double.isFinite(hr)) {
            sb.append(Double.isFinite(v) && v > 0 ? " and " : " at ").append(Math.round(hr)).append(" bpm");
        }
        return sb.append("; no warm-up or late-fade window was marked.").toString();
    }

    /**
     * "pace was 5:48 per km against 5:15 before it, heart rate 158 against 149 bpm and cadence 164
     * against 171 spm", with only the channels recorded; empty when none can be compared.
     */
    private static List<String> compare(Streams s, double from, double to, double refFrom, double refTo) {
        String rest = refFrom >= to ? "after it" : "before it";
        List<String> out = new ArrayList<>();
        double v = meanIn(s, Channel.SPEED_M_S, from, to);
        double vr = meanIn(s, Channel.SPEED_M_S, refFrom, refTo);
        if (Double.isFinite(v) && Double.isFinite(vr) && v > 0 && vr > 0) {
            out.add("pace was " + Labels.pace(1000 / v) + " per km against " + Labels.pace(1000 / vr) + " " + rest);
        }
        double h = meanIn(s, Channel.HEART_RATE_BPM, from, to);
        double hr = meanIn(s, Channel.HEART_RATE_BPM, refFrom, refTo);
        if (Double.isFinite(h) && Double.isFinite(hr)) {
            out.add("heart rate " + (out.isEmpty() ? "was " : "") + Math.round(h) + " against " + Math.round(hr) + " bpm"
                    + (out.isEmpty() ? " " + rest : ""));
        }
        double c = meanIn(s, Channel.CADENCE_SPM, from, to);
        double cr = meanIn(s, Channel.CADENCE_SPM, refFrom, refTo);
        if (Double.isFinite(c) && Double.isFinite(cr)) {
            out.add("cadence " + (out.isEmpty() ? "was " : "") + Math.round(c) + " against " + Math.round(cr) + " spm"
                    + (out.isEmpty() ? " " + rest : ""));
        }
        if (out.size() > 1) {
            String lastPart = out.remove(out.size() - 1);
            out.set(out.size() - 1, out.get(out.size() - 1) + " and " + lastPart);
        }
        return out;
    }
}
