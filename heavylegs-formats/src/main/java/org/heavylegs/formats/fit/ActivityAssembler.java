package org.heavylegs.formats.fit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Device;
import org.heavylegs.core.activity.DeviceSummary;
import org.heavylegs.core.activity.Lap;
import org.heavylegs.core.activity.Pause;
import org.heavylegs.core.activity.SourceFormat;

/**
 * Turns decoded FIT content into one {@link Activity} per session. Each record, lap, pause and RR
 * interval goes to the session of its own chained part (or of any part when its part has no
 * session) that started last at or before its time; anything before the first session goes to the
 * first. So a multisport file is split at each session's start_time, and nothing is dropped.
 * A file with records but no session gives one activity over all of them.
 */
final class ActivityAssembler {
    private final String source;
    private final FitContent c;
    private final List<FitSession> sessions;
    private final SessionIndex index;

    private ActivityAssembler(String source, FitContent content, List<FitSession> sessions) {
        this.source = source;
        this.c = content;
        this.sessions = sessions;
        this.index = new SessionIndex(sessions, content.parts);
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
        double[] time = c.records.time();

        // Records to sessions (with one session and no untimed record: all of them, in order).
        SessionRows rowsOf = SessionRows.assign(c, index, n);
        if (rowsOf.untimed > 0) {
            extraWarnings.add(rowsOf.untimed + " records without any time in the file were left out");
        }

        List<List<Lap>> laps = new ArrayList<>();
        List<List<Pause>> pauses = new ArrayList<>();
        double[] starts = new double[n];
        for (int s = 0; s < n; s++) {
            laps.add(new ArrayList<>());
            pauses.add(new ArrayList<>());
            double st = sessions.get(s).startTime();
            if (rowsOf.counts[s] > 0) {
                double first = time[rowsOf.first(s)];
                st = st == st ? Math.min(st, first) : first;
            }
            starts[s] = st;
        }
        for (FitLap lap : c.laps) {
            int s = index.sessionFor(lap.startTime(), lap.part());
            laps.get(s).add(new Lap(lap.startTime() - starts[s], lap.elapsedS(), lap.timerS(), lap.distanceM(), lap.avgHeartRate()));
        }
        addPauses(pauses, starts);
        double[][] rr = RrBySession.assign(c, sessions, index, extraWarnings);
        StreamColumns columns = new StreamColumns(c);

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
                    columns.streams(rowsOf.rows[s], rowsOf.from[s], rowsOf.counts[s], start, session.sport()),
                    laps.get(s), pauses.get(s), rr[s],
                    DeviceSummary.of(session.totals()), device(), warnings));
        }
        return activities;
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
                    int s = index.sessionFor(stoppedAt, p);
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
