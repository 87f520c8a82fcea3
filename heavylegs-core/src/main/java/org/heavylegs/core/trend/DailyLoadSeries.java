package org.heavylegs.core.trend;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One training load per calendar day, from the first session up to the as-of date (records before
 * the first session say nothing about load, so they do not open the series).
 * A day's load is the sum of its sessions' loads. The rule for days without a session:
 * <ul>
 *   <li>a day with some other record (a wellness row) is a rest day: load 0;</li>
 *   <li>a day with no record of any kind is a rest day too, unless it lies in a stretch of at least
 *       {@link #MISSING_AFTER_DAYS} consecutive days without any record: then the whole stretch is
 *       missing (NaN), because a long silence is more likely a holiday without the watch than
 *       {@value #MISSING_AFTER_DAYS}+ days of rest;</li>
 *   <li>a day with a session whose load is unknown (no heart rate, or a runs.csv row without a
 *       recording) is missing too: we know the athlete trained, not how much.</li>
 * </ul>
 * Missing days are skipped by the models that read this series (the EWMA holds its value, rolling
 * means average the known days), so a watchless holiday does not fake a load spike on return.
 */
public final class DailyLoadSeries {

    /**
     * A stretch of this many days or more without any record counts as missing, not rest
     * [heuristic: longer than a rest week or a short illness, shorter than a two-week holiday].
     */
    public static final int MISSING_AFTER_DAYS = 10;

    /** One session's load on its local date; NaN when the athlete trained but the load is unknown. */
    public record Session(LocalDate date, double load) {
    }

    private static final DailyLoadSeries EMPTY = new DailyLoadSeries(null, new double[0]);

    private final LocalDate first;
    private final double[] load;

    private DailyLoadSeries(LocalDate first, double[] load) {
        this.first = first;
        this.load = load;
    }

    /** A series from given daily values (NaN = missing), first value on {@code first}. */
    public static DailyLoadSeries of(LocalDate first, double... daily) {
        return new DailyLoadSeries(first, daily.clone());
    }

    /**
     * @param sessions   every session up to {@code asOf} (later ones are ignored)
     * @param otherDays  days with a record that is not a session (wellness rows): observed days
     * @param asOf       the last day of the series
     */
    public static DailyLoadSeries build(List<Session> sessions, Collection<LocalDate> otherDays, LocalDate asOf) {
        LocalDate first = null;
        for (Session s : sessions) {
            if (!s.date().isAfter(asOf) && (first == null || s.date().isBefore(first))) {
                first = s.date();
            }
        }
        if (first == null) {
            return EMPTY;
        }
        int n = (int) (asOf.toEpochDay() - first.toEpochDay()) + 1;
        double[] load = new double[n];
        boolean[] observed = new boolean[n];
        for (Session s : sessions) {
            if (s.date().isAfter(asOf)) {
                continue;
            }
            int i = (int) (s.date().toEpochDay() - first.toEpochDay());
            load[i] += s.load();   // NaN stays NaN: a session of unknown load makes the day missing
            observed[i] = true;
        }
        Set<LocalDate> other = new HashSet<>(otherDays);
        for (int i = 0; i < n; i++) {
            if (!observed[i] && other.contains(first.plusDays(i))) {
                observed[i] = true;
            }
        }
        int i = 0;
        while (i < n) {
            if (observed[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && !observed[j]) {
                j++;
            }
            if (j - i >= MISSING_AFTER_DAYS) {
                Arrays.fill(load, i, j, Double.NaN);
            }
            i = j;
        }
        return new DailyLoadSeries(first, load);
    }

    public boolean isEmpty() {
        return load.length == 0;
    }

    public int size() {
        return load.length;
    }

    /** The first day, or null when empty. */
    public LocalDate first() {
        return first;
    }

    public LocalDate date(int index) {
        return first.plusDays(index);
    }

    /** The index of a date, or -1 when outside the series. */
    public int indexOf(LocalDate date) {
        if (first == null) {
            return -1;
        }
        long i = date.toEpochDay() - first.toEpochDay();
        return i < 0 || i >= load.length ? -1 : (int) i;
    }

    /** The load of a day, NaN when missing. */
    public double get(int index) {
        return load[index];
    }

    /** A copy of the daily loads (NaN = missing). */
    public double[] values() {
        return load.clone();
    }

    /** Missing days in [from, to] by index, inclusive. */
    public int missingDays(int from, int to) {
        int m = 0;
        for (int i = Math.max(0, from); i <= to && i < load.length; i++) {
            if (Double.isNaN(load[i])) {
                m++;
            }
        }
        return m;
    }
}
