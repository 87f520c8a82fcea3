package org.heavylegs.formats.fit;

import java.util.List;
import java.util.Map;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.DeviceSummary;
import org.heavylegs.core.activity.Lap;
import org.heavylegs.core.activity.Totals;

/**
 * The closing messages of a FIT activity file: lap (global 19), session (18) and activity (34).
 * Session totals are the activity's own device summary where it has one (so that a decoded file
 * re-encodes to the same totals), else computed from the samples with {@link Totals}.
 */
final class FitEncoderSummary {
    static final int LAP = 19;
    static final int SESSION = 18;
    static final int ACTIVITY = 34;
    /** Profile type event: session 8, lap 9, activity 26; event_type stop 1; activity type manual 0. */
    static final int EVENT_SESSION = 8;
    static final int EVENT_LAP = 9;
    static final int EVENT_ACTIVITY = 26;
    static final int EVENT_TYPE_STOP = 1;
    static final int ACTIVITY_MANUAL = 0;

    /** Profile type sport (a subset; other names are written as generic, 0). */
    private static final Map<String, Integer> SPORTS = Map.of(
            "generic", 0, "running", 1, "cycling", 2, "transition", 3, "swimming", 5,
            "training", 10, "walking", 11, "hiking", 17);
    /** Profile type sub_sport (a subset; other names are written as generic, 0). */
    private static final Map<String, Integer> SUB_SPORTS = Map.ofEntries(
            Map.entry("generic", 0), Map.entry("treadmill", 1), Map.entry("street", 2), Map.entry("trail", 3),
            Map.entry("track", 4), Map.entry("indoor_cycling", 6), Map.entry("road", 7), Map.entry("mountain", 8),
            Map.entry("lap_swimming", 17), Map.entry("open_water", 18), Map.entry("indoor_running", 45),
            Map.entry("virtual_activity", 58));

    private FitEncoderSummary() {
    }

    static int sport(String name) {
        return SPORTS.getOrDefault(name, 0);
    }

    static int subSport(String name) {
        return SUB_SPORTS.getOrDefault(name, 0);
    }

    static void write(FitEncoderSink sink, Activity activity, long base, long end) {
        Totals totals = Totals.of(activity);
        DeviceSummary summary = activity.summary() == null ? DeviceSummary.NONE : activity.summary();
        double elapsed = pick(summary, DeviceSummary.ELAPSED_S, totals.elapsedS());
        double timer = pick(summary, DeviceSummary.TIMER_S, totals.timerS());
        double distance = pick(summary, DeviceSummary.DISTANCE_M, totals.distanceM());
        double avgHr = pick(summary, DeviceSummary.AVG_HR, totals.avgHeartRateBpm());
        double maxHr = pick(summary, DeviceSummary.MAX_HR, totals.maxHeartRateBpm());
        double avgCadence = pick(summary, DeviceSummary.AVG_CADENCE_SPM, totals.avgCadenceSpm());
        double avgSpeed = pick(summary, DeviceSummary.AVG_SPEED_M_S, timer > 0 ? distance / timer : Double.NaN);
        double avgPower = pick(summary, DeviceSummary.AVG_POWER_W, mean(activity, Channel.POWER_W));
        double avgTemperature = pick(summary, DeviceSummary.AVG_TEMPERATURE_C, mean(activity, Channel.DEVICE_TEMPERATURE_C));
        double totalAscent = summary.get(DeviceSummary.TOTAL_ASCENT_M);

        List<Lap> laps = activity.laps().isEmpty()
                ? List.of(new Lap(0, elapsed, timer, distance, avgHr))
                : activity.laps();
        writeLaps(sink, laps, base);

        FitEncoderLayout s = new FitEncoderLayout(SESSION, FitEncoder.LOCAL_SESSION);
        int index = s.field(254, FitEncoderType.UINT16);
        int timestamp = s.field(253, FitEncoderType.UINT32);
        int event = s.field(0, FitEncoderType.ENUM);
        int eventType = s.field(1, FitEncoderType.ENUM);
        int startTime = s.field(2, FitEncoderType.UINT32);
        int sport = s.field(5, FitEncoderType.ENUM);
        int subSport = s.field(6, FitEncoderType.ENUM);
        int elapsedSlot = s.field(7, FitEncoderType.UINT32);
        int timerSlot = s.field(8, FitEncoderType.UINT32);
        int distanceSlot = s.field(9, FitEncoderType.UINT32);
        int avgHrSlot = s.field(16, FitEncoderType.UINT8);
        int maxHrSlot = s.field(17, FitEncoderType.UINT8);
        int avgCadenceSlot = s.field(18, FitEncoderType.UINT8);
        int avgPowerSlot = s.field(20, FitEncoderType.UINT16);
        int ascentSlot = s.field(22, FitEncoderType.UINT16);
        int firstLap = s.field(25, FitEncoderType.UINT16);
        int numLaps = s.field(26, FitEncoderType.UINT16);
        int avgTemperatureSlot = s.field(57, FitEncoderType.SINT8);
        int avgFractionalSlot = s.field(92, FitEncoderType.UINT8);
        int avgSpeedSlot = s.field(124, FitEncoderType.UINT32);
        int maxSpeedSlot = s.field(125, FitEncoderType.UINT32);
        s.define(sink);
        s.clear();
        s.set(index, 0);
        s.set(timestamp, end);
        s.set(event, EVENT_SESSION);
        s.set(eventType, EVENT_TYPE_STOP);
        s.set(startTime, base);
        s.set(sport, sport(activity.sport()));
        s.set(subSport, subSport(activity.subSport()));
        s.set(elapsedSlot, FitEncoderType.UINT32.raw(elapsed, 1000, 0));
        s.set(timerSlot, FitEncoderType.UINT32.raw(timer, 1000, 0));
        s.set(distanceSlot, FitEncoderType.UINT32.raw(distance, 100, 0));
        s.set(avgHrSlot, FitEncoderType.UINT8.raw(avgHr, 1, 0));
        s.set(maxHrSlot, FitEncoderType.UINT8.raw(maxHr, 1, 0));
        if (Double.isFinite(avgCadence) && avgCadence >= 0) {
            double rpm = avgCadence / 2.0;
            long whole = (long) Math.floor(rpm);
            long fraction = Math.min(127, Math.round((rpm - whole) * FitEncoderRecords.FRACTIONAL_CADENCE_SCALE));
            s.set(avgCadenceSlot, FitEncoderType.UINT8.raw(whole, 1, 0));
            s.set(avgFractionalSlot, fraction);
        }
        s.set(avgPowerSlot, FitEncoderType.UINT16.raw(avgPower, 1, 0));
        s.set(ascentSlot, FitEncoderType.UINT16.raw(totalAscent, 1, 0));
        s.set(firstLap, 0);
        s.set(numLaps, laps.size());
        s.set(avgTemperatureSlot, FitEncoderType.SINT8.raw(avgTemperature, 1, 0));
        s.set(avgSpeedSlot, FitEncoderType.UINT32.raw(avgSpeed, 1000, 0));
        s.set(maxSpeedSlot, FitEncoderType.UINT32.raw(max(activity, Channel.SPEED_M_S), 1000, 0));
        s.write(sink);

        FitEncoderLayout a = new FitEncoderLayout(ACTIVITY, FitEncoder.LOCAL_ACTIVITY);
        int aTimestamp = a.field(253, FitEncoderType.UINT32);
        int aTimer = a.field(0, FitEncoderType.UINT32);
        int aSessions = a.field(1, FitEncoderType.UINT16);
        int aType = a.field(2, FitEncoderType.ENUM);
        int aEvent = a.field(3, FitEncoderType.ENUM);
        int aEventType = a.field(4, FitEncoderType.ENUM);
        a.define(sink);
        a.clear();
        a.set(aTimestamp, end);
        a.set(aTimer, FitEncoderType.UINT32.raw(timer, 1000, 0));
        a.set(aSessions, 1);
        a.set(aType, ACTIVITY_MANUAL);
        a.set(aEvent, EVENT_ACTIVITY);
        a.set(aEventType, EVENT_TYPE_STOP);
        a.write(sink);
    }

    private static void writeLaps(FitEncoderSink sink, List<Lap> laps, long base) {
        FitEncoderLayout l = new FitEncoderLayout(LAP, FitEncoder.LOCAL_LAP);
        int index = l.field(254, FitEncoderType.UINT16);
        int timestamp = l.field(253, FitEncoderType.UINT32);
        int event = l.field(0, FitEncoderType.ENUM);
        int eventType = l.field(1, FitEncoderType.ENUM);
        int startTime = l.field(2, FitEncoderType.UINT32);
        int elapsed = l.field(7, FitEncoderType.UINT32);
        int timer = l.field(8, FitEncoderType.UINT32);
        int distance = l.field(9, FitEncoderType.UINT32);
        int avgHr = l.field(15, FitEncoderType.UINT8);
        l.define(sink);
        for (int i = 0; i < laps.size(); i++) {
            Lap lap = laps.get(i);
            double start = Double.isFinite(lap.startS()) ? lap.startS() : 0;
            double length = Double.isFinite(lap.elapsedS()) ? lap.elapsedS() : 0;
            l.clear();
            l.set(index, i);
            l.set(timestamp, base + Math.round(start + length));
            l.set(event, EVENT_LAP);
            l.set(eventType, EVENT_TYPE_STOP);
            l.set(startTime, base + Math.round(start));
            l.set(elapsed, FitEncoderType.UINT32.raw(lap.elapsedS(), 1000, 0));
            l.set(timer, FitEncoderType.UINT32.raw(lap.timerS(), 1000, 0));
            l.set(distance, FitEncoderType.UINT32.raw(lap.distanceM(), 100, 0));
            l.set(avgHr, FitEncoderType.UINT8.raw(lap.avgHeartRateBpm(), 1, 0));
            l.write(sink);
        }
    }

    private static double pick(DeviceSummary summary, String key, double computed) {
        double v = summary.get(key);
        return Double.isFinite(v) ? v : computed;
    }

    private static double mean(Activity activity, Channel channel) {
        double[] v = activity.streams().get(channel);
        if (v == null) {
            return Double.NaN;
        }
        double sum = 0;
        int n = 0;
        for (double x : v) {
            if (Double.isFinite(x)) {
                sum += x;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private static double max(Activity activity, Channel channel) {
        double[] v = activity.streams().get(channel);
        double m = Double.NaN;
        if (v != null) {
            for (double x : v) {
                if (Double.isFinite(x) && !(x <= m)) {
                    m = x;
                }
            }
        }
        return m;
    }
}
