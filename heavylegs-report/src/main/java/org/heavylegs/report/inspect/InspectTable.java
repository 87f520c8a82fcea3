package org.heavylegs.report.inspect;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Totals;

/** The readable table of {@code inspect}: one line per activity, then its warnings. */
public final class InspectTable {
    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'").withZone(ZoneOffset.UTC);
    private static final String HEADER = String.format(Locale.ROOT, "%-16s %-10s %-17s %9s %9s %8s %8s %6s %6s %7s  %s",
            "start", "sport", "file", "distance", "timer", "pace", "avg HR", "max HR", "cad", "samples", "channels");

    private InspectTable() {
    }

    public static String render(List<Inspected> rows) {
        return render(rows, true);
    }

    /**
     * @param details when false, metrics that do not apply are only counted, not listed with their
     *                reasons (the reasons stay in the JSON and under {@code --details})
     */
    public static String render(List<Inspected> rows, boolean details) {
        if (rows.isEmpty()) {
            return "No activity could be read.\n";  // not a table header over nothing
        }
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (Inspected row : rows) {
            Activity a = row.activity();
            Totals t = row.totals();
            sb.append(String.format(Locale.ROOT, "%-16s %-10s %-17s %9s %9s %8s %8s %6s %6s %7d  %s%n",
                    a.start() == null ? "?" : START.format(a.start()),
                    a.sport(),
                    shortName(a.source()),
                    Double.isFinite(t.distanceM()) ? String.format(Locale.ROOT, "%.2f km", t.distanceM() / 1000) : "-",
                    duration(t.timerS()),
                    pace(t.distanceM(), t.timerS()),
                    Double.isFinite(t.avgHeartRateBpm()) ? String.format(Locale.ROOT, "%.0f bpm", t.avgHeartRateBpm()) : "-",
                    Double.isFinite(t.maxHeartRateBpm()) ? String.format(Locale.ROOT, "%.0f", t.maxHeartRateBpm()) : "-",
                    Double.isFinite(t.avgCadenceSpm()) ? String.format(Locale.ROOT, "%.0f", t.avgCadenceSpm()) : "-",
                    a.streams().size(),
                    String.join(",", a.streams().channels().stream().map(c -> c.key()).toList())));
            appendMetrics(sb, row, details);
            for (String w : a.warnings()) {
                sb.append("    warning: ").append(w).append('\n');
            }
        }
        return sb.toString();
    }

    /** Width of a metrics line before it wraps. */
    static final int LINE_WIDTH = 110;

    /** Values on wrapped lines, then what was not applicable grouped by reason, then the assumptions. */
    private static void appendMetrics(StringBuilder sb, Inspected row, boolean details) {
        List<String> items = new java.util.ArrayList<>();
        row.metrics().forEach((k, v) -> {
            if (v != null) {
                items.add(k + " " + format(v));
            }
        });
        wrap(sb, "    metrics: ", items);
        Map<String, List<String>> byReason = new LinkedHashMap<>();
        row.notApplicable().forEach((k, reason) -> byReason.computeIfAbsent(reason, r -> new java.util.ArrayList<>()).add(k));
        if (details) {
            byReason.forEach((reason, keys) -> wrap(sb, "    not applicable (" + reason + "): ", keys));
        } else if (!row.notApplicable().isEmpty()) {
            sb.append("    ").append(row.notApplicable().size())
                    .append(" metrics not applicable to this activity (see why with --details)\n");
        }
        for (String assumption : row.assumptions()) {
            sb.append("    assumed: ").append(assumption).append('\n');
        }
    }

    private static void wrap(StringBuilder sb, String head, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        StringBuilder line = new StringBuilder(head);
        String indent = "        ";
        boolean first = true;
        for (String item : items) {
            String piece = (first ? "" : ", ") + item;
            if (!first && line.length() + piece.length() > LINE_WIDTH) {
                sb.append(line).append(",\n");
                line = new StringBuilder(indent).append(item);
            } else {
                line.append(piece);
            }
            first = false;
        }
        sb.append(line).append('\n');
    }

    private static String format(Object v) {
        if (v instanceof Number n) {
            double d = n.doubleValue();
            if (!Double.isFinite(d)) {
                return "-";
            }
            if (d == Math.rint(d) && Math.abs(d) < 1e6) {
                return String.valueOf((long) d);
            }
            return String.format(Locale.ROOT, "%.4g", d);
        }
        return String.valueOf(v);
    }

    private static String shortName(String source) {
        String name = source.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        return name.length() <= 17 ? name : name.substring(0, 14) + "...";
    }

    static String duration(double s) {
        if (!Double.isFinite(s)) {
            return "-";
        }
        long total = Math.round(s);
        return String.format(Locale.ROOT, "%d:%02d:%02d", total / 3600, (total / 60) % 60, total % 60);
    }

    static String pace(double distanceM, double timerS) {
        if (!Double.isFinite(distanceM) || !Double.isFinite(timerS) || distanceM < 10) {
            return "-";
        }
        long secPerKm = Math.round(timerS / (distanceM / 1000));
        return String.format(Locale.ROOT, "%d:%02d/km", secPerKm / 60, secPerKm % 60);
    }
}
