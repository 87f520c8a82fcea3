package org.heavylegs.web.view;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.heavylegs.store.StoredActivity;

/**
 * The runs list: one row per stored activity (same sessions recorded twice left out), sorted by a
 * column, newest first unless asked otherwise.
 */
public record RunsView(List<Row> rows, String sort, boolean ascending, String zone) {

    /** Sortable columns and their default direction (true = ascending). */
    public static final Map<String, Boolean> COLUMNS = Map.of("date", false, "distance", false, "time", false,
            "pace", true, "hr", false);

    /** One activity, written with units. */
    public record Row(long id, String start, String sport, String distance, String time, String pace, String avgHr,
                      String format, String source) {
    }

    public static RunsView of(List<StoredActivity> activities, ZoneId zone, String sort, String dir) {
        String key = sort != null && COLUMNS.containsKey(sort) ? sort : "date";
        boolean asc = dir == null ? COLUMNS.get(key) : "asc".equals(dir);
        Comparator<StoredActivity> c = switch (key) {
            case "distance" -> Comparator.comparingDouble(a -> nanLast(a.totals().distanceM(), asc));
            case "time" -> Comparator.comparingDouble(a -> nanLast(a.totals().timerS(), asc));
            case "pace" -> Comparator.comparingDouble(a -> nanLast(a.totals().timerS() / a.totals().distanceM(), asc));
            case "hr" -> Comparator.comparingDouble(a -> nanLast(a.totals().avgHeartRateBpm(), asc));
            default -> Comparator.comparing(a -> a.activity().start());
        };
        List<StoredActivity> sorted = new ArrayList<>(activities);
        sorted.sort(asc ? c : c.reversed());
        List<Row> rows = new ArrayList<>(sorted.size());
        for (StoredActivity a : sorted) {
            var t = a.totals();
            rows.add(new Row(a.id(), Units.dateTime(a.activity().start(), zone), sport(a), Units.km(t.distanceM()),
                    Units.duration(t.timerS()), Units.paceOrSpeed(a.activity().sport(), t.distanceM(), t.timerS()), Units.bpm(t.avgHeartRateBpm()),
                    a.activity().format().key().toUpperCase(Locale.ROOT), a.activity().source()));
        }
        return new RunsView(rows, key, asc, zone.getId());
    }

    /** NaN sorts last in either direction. */
    private static double nanLast(double v, boolean asc) {
        return Double.isFinite(v) ? v : asc ? Double.MAX_VALUE : -Double.MAX_VALUE;
    }

    static String sport(StoredActivity a) {
        String s = a.activity().sport();
        String sub = a.activity().subSport();
        return sub == null || sub.equals("generic") ? s : s + " (" + sub + ")";
    }

    /** The link that sorts by {@code column}: the other direction when it is the current column. */
    public String link(String column) {
        boolean asc = column.equals(sort) ? !ascending : COLUMNS.get(column);
        return "/runs?sort=" + column + "&dir=" + (asc ? "asc" : "desc");
    }

    /** "▲" or "▼" after the current column's header, "" elsewhere. */
    public String arrow(String column) {
        return column.equals(sort) ? (ascending ? " ▲" : " ▼") : "";
    }

    /** aria-sort value of a header. */
    public String ariaSort(String column) {
        return column.equals(sort) ? (ascending ? "ascending" : "descending") : null;
    }
}
