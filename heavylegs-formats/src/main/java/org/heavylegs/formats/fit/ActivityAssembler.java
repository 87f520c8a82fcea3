package org.heavylegs.formats.fit;

import java.time.Instant;
import java.util.ArrayList;
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

    private ActivityAssembler(String source, FitContent content, List<FitSession> sessions) {
        this.source = source;
        this.c = content;
        this.sessions = sessions;
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

        // Records to sessions.
        int[] count = new int[n];
        int[] owner = new int[rows];
        int part = 0;
        int untimed = 0;
        for (int r = 0; r < rows; r++) {
            while (part + 1 < c.parts && c.partFirstRow[part + 1] <= r) {
                part++;
            }
            if (time[r] != time[r]) {
                owner[r] = -1;
                untimed++;
                continue;
            }
            owner[r] = sessionFor(time[r], part);
            count[owner[r]]++;
        }
        if (untimed > 0) {
            extraWarnings.add(untimed + " records without any time in the file were left out");
        }
        int[][] rowsOf = new int[n][];
        for (int s = 0; s < n; s++) {
            rowsOf[s] = new int[count[s]];
        }
        int[] fill = new int[n];
        for (int r = 0; r < rows; r++) {
            if (owner[r] >= 0) {
                rowsOf[owner[r]][fill[owner[r]]++] = r;
            }
        }

        List<List<Lap>> laps = new ArrayList<>();
        List<List<Pause>> pauses = new ArrayList<>();
        double[] starts = new double[n];
        for (int s = 0; s < n; s++) {
            laps.add(new ArrayList<>());
            pauses.add(new ArrayList<>());
            double st = sessions.get(s).startTime();
            if (rowsOf[s].length > 0) {
                double first = time[rowsOf[s][0]];
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
                    streams(rowsOf[s], start, session.sport()),
                    laps.get(s), pauses.get(s), rr[s],
                    DeviceSummary.of(session.totals()), device(), warnings));
        }
        return activities;
    }

    /**
     * The session a thing at FIT time {@code t} in chained part {@code part} belongs to: among the
     * sessions of that part (all sessions when it has none), the last to start at or before t, else
     * the first.
     */
    private int sessionFor(double t, int part) {
        boolean partHasSession = false;
        for (FitSession s : sessions) {
            if (s.part() == part) {
                partHasSession = true;
                break;
            }
        }
        int chosen = -1;
        int first = -1;
        for (int i = 0; i < sessions.size(); i++) {
            FitSession s = sessions.get(i);
            if (partHasSession && s.part() != part) {
                continue;
            }
            if (first < 0) {
                first = i;
            }
            if (s.startTime() <= t) {
                chosen = i;
            }
        }
        return chosen >= 0 ? chosen : Math.max(first, 0);
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
        for (int i = 0; i < c.rrCount; i++) {
            int s = sessionFor(c.rrTime[i], c.rrPart[i]);
            FitSession session = sessions.get(s);
            double t = c.rrTime[i];
            boolean inside = !(t < session.startTime() - RR_SLACK_S) && !(t > session.endTime() + RR_SLACK_S);
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

    private Streams streams(int[] rows, double start, int sport) {
        RecordTable t = c.records;
        double[] time = new double[rows.length];
        double[] ts = t.time();
        for (int k = 0; k < rows.length; k++) {
            time[k] = ts[rows[k]] - start;
        }
        double[][] cols = new double[Channel.values().length][];
        cols[Channel.DISTANCE_M.ordinal()] = coalesce(rows, RecordSlots.DISTANCE, RecordSlots.COMPRESSED_DISTANCE, -1);
        cols[Channel.SPEED_M_S.ordinal()] = coalesce(rows, RecordSlots.ENHANCED_SPEED, RecordSlots.SPEED, RecordSlots.COMPRESSED_SPEED);
        cols[Channel.ALTITUDE_M.ordinal()] = coalesce(rows, RecordSlots.ENHANCED_ALTITUDE, RecordSlots.ALTITUDE, -1);
        cols[Channel.HEART_RATE_BPM.ordinal()] = gather(rows, RecordSlots.HEART_RATE);
        cols[Channel.CADENCE_SPM.ordinal()] = cadence(rows, sport);
        double[] power = gather(rows, RecordSlots.POWER);
        cols[Channel.POWER_W.ordinal()] = power != null ? power : gather(rows, RecordSlots.DEV_POWER);
        cols[Channel.DEVICE_TEMPERATURE_C.ordinal()] = gather(rows, RecordSlots.TEMPERATURE);
        cols[Channel.VERTICAL_OSCILLATION_CM.ordinal()] = gather(rows, RecordSlots.VERTICAL_OSCILLATION);
        cols[Channel.GROUND_CONTACT_TIME_MS.ordinal()] = gather(rows, RecordSlots.STANCE_TIME);
        cols[Channel.GCT_BALANCE_LEFT_PCT.ordinal()] = gather(rows, RecordSlots.STANCE_TIME_BALANCE);
        cols[Channel.STEP_LENGTH_M.ordinal()] = gather(rows, RecordSlots.STEP_LENGTH);
        cols[Channel.VERTICAL_RATIO_PCT.ordinal()] = gather(rows, RecordSlots.VERTICAL_RATIO);
        cols[Channel.LATITUDE_DEG.ordinal()] = gather(rows, RecordSlots.LATITUDE);
        cols[Channel.LONGITUDE_DEG.ordinal()] = gather(rows, RecordSlots.LONGITUDE);
        cols[Channel.AMBIENT_TEMPERATURE_C.ordinal()] = gather(rows, RecordSlots.DEV_AMBIENT_TEMPERATURE);
        cols[Channel.HUMIDITY_PCT.ordinal()] = gather(rows, RecordSlots.DEV_HUMIDITY);
        cols[Channel.RESPIRATION_RATE_BRPM.ordinal()] = gather(rows, RecordSlots.RESPIRATION_RATE);
        return Streams.of(time, cols);
    }

    /** The slot's values at these rows, or null when none is valid. */
    private double[] gather(int[] rows, int slot) {
        double[] src = c.records.column(slot);
        if (src == null) {
            return null;
        }
        double[] out = new double[rows.length];
        boolean any = false;
        for (int k = 0; k < rows.length; k++) {
            double v = src[rows[k]];
            out[k] = v;
            any |= v == v;
        }
        return any ? out : null;
    }

    /** Per sample, the first valid of up to three slots (-1 for none). */
    private double[] coalesce(int[] rows, int first, int second, int third) {
        double[] a = gather(rows, first);
        double[] b = gather(rows, second);
        double[] c3 = third < 0 ? null : gather(rows, third);
        double[] out = a != null ? a : b != null ? b : c3;
        if (out == null) {
            return null;
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

    private double[] cadence(int[] rows, int sport) {
        double[] cad = gather(rows, RecordSlots.CADENCE);
        if (cad == null) {
            return null;
        }
        double[] frac = c.records.column(RecordSlots.FRACTIONAL_CADENCE);
        for (int k = 0; k < rows.length; k++) {
            cad[k] = Cadence.toChannel(sport, cad[k], frac == null ? Double.NaN : frac[rows[k]]);
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
