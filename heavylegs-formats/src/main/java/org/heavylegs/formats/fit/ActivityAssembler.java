package org.heavylegs.formats.fit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Device;
import org.heavylegs.core.activity.DeviceSummary;
import org.heavylegs.core.activity.Lap;
import org.heavylegs.core.activity.Pause;
import org.heavylegs.core.activity.SourceFormat;
import org.heavylegs.core.activity.Streams;

/**
 * Turns decoded FIT content into one {@link Activity} per session. Each record, lap, pause and RR
 * interval goes to the session of its own chained part (or of any part when its part has no
 * session) that started last at or before its time; anything before the first session goes to the
 * first. So a multisport file is split at each session's start_time, and nothing is dropped.
 * A file with records but no session gives one activity over all of them.
 */
final class ActivityAssembler {
    /** How far outside a session's start and end an RR interval may lie and still belong to it, s. */
    static final double RR_SLACK_S = 60;

    private final String source;
    private final FitContent c;
    private final List<FitSession> sessions;

    /** Session indexes of each chained part in start order (empty for a part without session). */
    private final int[][] sessionsOfPart;
    private final int[] allSessions;

    private ActivityAssembler(String source, FitContent content, List<FitSession> sessions) {
        this.source = source;
        this.c = content;
        this.sessions = sessions;
        int parts = Math.max(content.parts, 1);
        int[] count = new int[parts];
        for (FitSession s : sessions) {
            if (s.part() >= 0 && s.part() < parts) {
                count[s.part()]++;
            }
        }
        sessionsOfPart = new int[parts][];
        for (int p = 0; p < parts; p++) {
            sessionsOfPart[p] = new int[count[p]];
        }
        int[] fill = new int[parts];
        allSessions = new int[sessions.size()];
        for (int i = 0; i < sessions.size(); i++) {
            allSessions[i] = i;
            int p = sessions.get(i).part();
            if (p >= 0 && p < parts) {
                sessionsOfPart[p][fill[p]++] = i;
            }
        }
    }

    static List<Activity> assemble(String source, FitContent content) {
        List<String> extra = new ArrayList<>();
        List<FitSession> sessions = new ArrayList<>(content.sessions);
        if (sessions.isEmpty()) {
            sessions.add(withoutSession(content, extra));
        }
        sessions = completeStarts(content, sessions);
        sessions.sort(Comparator.comparingDouble(FitSession::startTime));
        return new ActivityAssembler(source, content, sessions).build(extra);
    }

    /** A stand-in session over all records, for files that have none. */
    private static FitSession withoutSession(FitContent c, List<String> warnings) {
        int sport = c.sportMessageSport;
        int sub = c.sportMessageSubSport;
        warnings.add(sport >= 0 ? "no session message in the file; sport taken from its sport message"
                : "no session message in the file; sport unknown (generic)");
        double first = Double.NaN;
        double last = Double.NaN;
        double[] t = c.records.time();
        for (int i = 0; i < c.records.rows(); i++) {
            if (t[i] == t[i]) {
                first = first == first ? Math.min(first, t[i]) : t[i];
                last = last == last ? Math.max(last, t[i]) : t[i];
            }
        }
        return new FitSession(-1, first, last, sport, sub, Map.of());
    }

    /** Sessions without a start time start at the first record of their part. */
    private static List<FitSession> completeStarts(FitContent c, List<FitSession> in) {
        List<FitSession> out = new ArrayList<>(in.size());
        double[] t = c.records.time();
        for (FitSession s : in) {
            if (s.startTime() == s.startTime()) {
                out.add(s);
                continue;
            }
            double first = Double.NaN;
            for (int i = 0; i < c.records.rows(); i++) {
                if (t[i] == t[i] && (s.part() < 0 || c.partOf(i) == s.part())) {
                    first = t[i];
                    break;
                }
            }
            out.add(new FitSession(s.part(), first, s.endTime(), s.sport(), s.subSport(), s.totals()));
        }
        return out;
    }

    private List<Activity> build(List<String> extraWarnings) {
        int n = sessions.size();
        int rows = c.records.rows();
        double[] time = c.records.time();

        // Records to sessions. With one session every timed record is its own; rowsOf[s] == null
        // then stands for all rows in order, which the columns are copied from without an index.
        int[][] rowsOf = new int[n][];
        int[] counts = new int[n];
        int untimed = 0;
        for (int r = 0; r < rows; r++) {
            if (time[r] != time[r]) {
                untimed++;
            }
        }
        if (n == 1 && untimed == 0) {
            counts[0] = rows;
        } else {
            int[] owner = new int[rows];
            int part = 0;
            for (int r = 0; r < rows; r++) {
                while (part + 1 < c.parts && c.partFirstRow[part + 1] <= r) {
                    part++;
                }
                if (time[r] != time[r]) {
                    owner[r] = -1;
                    continue;
                }
                owner[r] = n == 1 ? 0 : sessionFor(time[r], part);
                counts[owner[r]]++;
            }
            for (int s = 0; s < n; s++) {
                rowsOf[s] = new int[counts[s]];
            }
            int[] fill = new int[n];
            for (int r = 0; r < rows; r++) {
                if (owner[r] >= 0) {
                    rowsOf[owner[r]][fill[owner[r]]++] = r;
                }
            }
        }
        if (untimed > 0) {
            extraWarnings.add(untimed + " records without any time in the file were left out");
        }

        List<List<Lap>> laps = new ArrayList<>();
        List<List<Pause>> pauses = new ArrayList<>();
        double[] starts = new double[n];
        for (int s = 0; s < n; s++) {
            laps.add(new ArrayList<>());
            pauses.add(new ArrayList<>());
            double st = sessions.get(s).startTime();
            if (counts[s] > 0) {
                double first = time[rowsOf[s] == null ? 0 : rowsOf[s][0]];
                st = st == st ? Math.min(st, first) : first;
            }
            starts[s] = st;
        }
        for (FitLap lap : c.laps) {
            int s = sessionFor(lap.startTime(), lap.part());
            laps.get(s).add(new Lap(lap.startTime() - starts[s], lap.elapsedS(), lap.timerS(), lap.distanceM(), lap.avgHeartRate()));
        }
        addPauses(pauses, starts);
        double[][] rr = rrBySession(n, extraWarnings);

        List<Activity> activities = new ArrayList<>(n);
        for (int s = 0; s < n; s++) {
            FitSession session = sessions.get(s);
            List<String> warnings = new ArrayList<>(c.warnings);
            warnings.addAll(extraWarnings);
            double start = starts[s];
            activities.add(new Activity(source, SourceFormat.FIT,
                    FitNames.sport(session.sport()), FitNames.subSport(session.subSport()),
                    start == start ? Instant.ofEpochSecond(Profile.FIT_EPOCH_UNIX_S + (long) Math.floor(start),
                            (long) ((start - Math.floor(start)) * 1e9)) : null,
                    streams(rowsOf[s], counts[s], start, session.sport()),
                    laps.get(s), pauses.get(s), rr[s],
                    DeviceSummary.of(session.totals()), device(), warnings));
        }
        return activities;
    }

    /**
     * The session a thing at FIT time {@code t} in chained part {@code part} belongs to: among the
     * sessions of that part (all sessions when it has none), the last to start at or before t, else
     * the first. Sessions are sorted by start, so this is a binary search.
     */
    private int sessionFor(double t, int part) {
        int[] candidates = part >= 0 && part < sessionsOfPart.length && sessionsOfPart[part].length > 0
                ? sessionsOfPart[part] : allSessions;
        int lo = 0;
        int hi = candidates.length - 1;
        int chosen = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sessions.get(candidates[mid]).startTime() <= t) {
                chosen = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return candidates[Math.max(chosen, 0)];
    }

    /** Timer stop ... start pairs, per chained part, as pauses of the session in which they begin. */
    private void addPauses(List<List<Pause>> pauses, double[] starts) {
        for (int p = 0; p < Math.max(c.parts, 1); p++) {
            boolean stopped = false;
            double stoppedAt = 0;
            for (int e = 0; e < c.timerEvents; e++) {
                if (c.timerPart[e] != p) {
                    continue;
                }
                int type = c.timerType[e];
                double t = c.timerTime[e];
                if (type == Profile.EVENT_TYPE_STOP || type == Profile.EVENT_TYPE_STOP_ALL
                        || type == Profile.EVENT_TYPE_STOP_DISABLE || type == Profile.EVENT_TYPE_STOP_DISABLE_ALL) {
                    if (!stopped) {
                        stopped = true;
                        stoppedAt = t;
                    }
                } else if (type == Profile.EVENT_TYPE_START && stopped) {
                    stopped = false;
                    int s = sessionFor(stoppedAt, p);
                    List<Pause> list = pauses.get(s);
                    double a = stoppedAt - starts[s];
                    double b = t - starts[s];
                    double previousEnd = list.isEmpty() ? Double.NEGATIVE_INFINITY : list.get(list.size() - 1).endS();
                    if (b >= a && a >= previousEnd) {
                        list.add(new Pause(a, b));
                    }
                }
            }
        }
    }

    /**
     * RR intervals to sessions by time. Unlike records, an interval more than
     * {@link #RR_SLACK_S} outside every session (a chest strap logs beats before the start and
     * after the end) belongs to no activity and is left out, with a warning.
     */
    private double[][] rrBySession(int n, List<String> warnings) {
        int[] count = new int[n];
        int[] owner = new int[c.rrCount];
        int outside = 0;
        double[] starts = new double[n];
        double[] ends = new double[n];
        for (int s = 0; s < n; s++) {
            starts[s] = sessions.get(s).startTime() - RR_SLACK_S;
            ends[s] = sessions.get(s).endTime() + RR_SLACK_S;
        }
        for (int i = 0; i < c.rrCount; i++) {
            int s = n == 1 ? 0 : sessionFor(c.rrTime[i], c.rrPart[i]);
            double t = c.rrTime[i];
            boolean inside = !(t < starts[s]) && !(t > ends[s]);
            owner[i] = inside ? s : -1;
            if (inside) {
                count[s]++;
            } else {
                outside++;
            }
        }
        if (outside > 0) {
            warnings.add(outside + " RR intervals logged outside every session were left out");
        }
        double[][] rr = new double[n][];
        for (int s = 0; s < n; s++) {
            rr[s] = new double[count[s]];
        }
        int[] fill = new int[n];
        for (int i = 0; i < c.rrCount; i++) {
            if (owner[i] >= 0) {
                rr[owner[i]][fill[owner[i]]++] = c.rrS[i];
            }
        }
        return rr;
    }

    /**
     * The streams of one session: its rows ({@code null}: all rows in order) of every column. With
     * all rows, columns of exactly that length (the decoder sizes them so) become the streams
     * themselves, changed in place: the content is consumed by assembling it.
     */
    private Streams streams(int[] rows, int count, double start, int sport) {
        RecordTable t = c.records;
        double[] ts = t.time();
        double[] time = rows == null && ts.length == count ? ts : new double[count];
        if (rows == null) {
            for (int k = 0; k < count; k++) {
                time[k] = ts[k] - start;
            }
        } else {
            for (int k = 0; k < count; k++) {
                time[k] = ts[rows[k]] - start;
            }
        }
        double[][] cols = new double[Channel.values().length][];
        cols[Channel.DISTANCE_M.ordinal()] = coalesce(rows, count, RecordSlots.DISTANCE, RecordSlots.COMPRESSED_DISTANCE, -1);
        cols[Channel.SPEED_M_S.ordinal()] = coalesce(rows, count, RecordSlots.ENHANCED_SPEED, RecordSlots.SPEED, RecordSlots.COMPRESSED_SPEED);
        cols[Channel.ALTITUDE_M.ordinal()] = coalesce(rows, count, RecordSlots.ENHANCED_ALTITUDE, RecordSlots.ALTITUDE, -1);
        cols[Channel.HEART_RATE_BPM.ordinal()] = gather(rows, count, RecordSlots.HEART_RATE);
        cols[Channel.CADENCE_SPM.ordinal()] = cadence(rows, count, sport);
        double[] power = gather(rows, count, RecordSlots.POWER);
        cols[Channel.POWER_W.ordinal()] = power != null ? power : gather(rows, count, RecordSlots.DEV_POWER);
        cols[Channel.DEVICE_TEMPERATURE_C.ordinal()] = gather(rows, count, RecordSlots.TEMPERATURE);
        cols[Channel.VERTICAL_OSCILLATION_CM.ordinal()] = gather(rows, count, RecordSlots.VERTICAL_OSCILLATION);
        cols[Channel.GROUND_CONTACT_TIME_MS.ordinal()] = gather(rows, count, RecordSlots.STANCE_TIME);
        cols[Channel.GCT_BALANCE_LEFT_PCT.ordinal()] = gather(rows, count, RecordSlots.STANCE_TIME_BALANCE);
        cols[Channel.STEP_LENGTH_M.ordinal()] = gather(rows, count, RecordSlots.STEP_LENGTH);
        cols[Channel.VERTICAL_RATIO_PCT.ordinal()] = gather(rows, count, RecordSlots.VERTICAL_RATIO);
        cols[Channel.LATITUDE_DEG.ordinal()] = gather(rows, count, RecordSlots.LATITUDE);
        cols[Channel.LONGITUDE_DEG.ordinal()] = gather(rows, count, RecordSlots.LONGITUDE);
        cols[Channel.AMBIENT_TEMPERATURE_C.ordinal()] = gather(rows, count, RecordSlots.DEV_AMBIENT_TEMPERATURE);
        cols[Channel.HUMIDITY_PCT.ordinal()] = gather(rows, count, RecordSlots.DEV_HUMIDITY);
        cols[Channel.RESPIRATION_RATE_BRPM.ordinal()] = gather(rows, count, RecordSlots.RESPIRATION_RATE);
        return Streams.of(time, cols);
    }

    /** The slot's values at these rows ({@code null}: the first {@code count}), or null when none is valid. */
    private double[] gather(int[] rows, int count, int slot) {
        double[] src = c.records.column(slot);
        if (src == null) {
            return null;
        }
        double[] out;
        if (rows == null) {
            out = src.length == count ? src : Arrays.copyOf(src, count);
        } else {
            out = new double[count];
            for (int k = 0; k < count; k++) {
                out[k] = src[rows[k]];
            }
        }
        for (double v : out) {
            if (v == v) {
                return out; // usually the first value
            }
        }
        return null;
    }

    /** Per sample, the first valid of up to three slots (-1 for none). */
    private double[] coalesce(int[] rows, int count, int first, int second, int third) {
        double[] a = gather(rows, count, first);
        double[] b = gather(rows, count, second);
        double[] c3 = third < 0 ? null : gather(rows, count, third);
        double[] out = a != null ? a : b != null ? b : c3;
        boolean laterSource = out == a ? b != null || c3 != null : out == b && c3 != null;
        if (!laterSource) {
            return out; // one source (the usual case): nothing to merge
        }
        for (int k = 0; k < out.length; k++) {
            if (out[k] != out[k]) {
                if (b != null && out != b && b[k] == b[k]) {
                    out[k] = b[k];
                } else if (c3 != null && out != c3 && c3[k] == c3[k]) {
                    out[k] = c3[k];
                }
            }
        }
        return out;
    }

    private double[] cadence(int[] rows, int count, int sport) {
        double[] cad = gather(rows, count, RecordSlots.CADENCE);
        if (cad == null) {
            return null;
        }
        double[] frac = c.records.column(RecordSlots.FRACTIONAL_CADENCE);
        boolean foot = Cadence.isFootSport(sport);
        for (int k = 0; k < count; k++) {
            double f = frac == null ? Double.NaN : frac[rows == null ? k : rows[k]];
            double v = cad[k] + (f != f ? 0 : f);
            cad[k] = foot ? 2 * v : v; // Cadence.toChannel, with the sport looked up once
        }
        return cad;
    }

    private Device device() {
        int manufacturer = c.fileIdManufacturer >= 0 ? c.fileIdManufacturer : c.creatorManufacturer;
        String product = c.creatorProductName != null ? c.creatorProductName : c.fileIdProductName;
        if (product == null) {
            int number = c.fileIdProduct >= 0 ? c.fileIdProduct : c.creatorProduct;
            product = number >= 0 ? String.valueOf(number) : null;
        }
        String name = FitNames.manufacturer(manufacturer);
        return name == null && product == null ? Device.UNKNOWN : new Device(name, product);
    }
}
