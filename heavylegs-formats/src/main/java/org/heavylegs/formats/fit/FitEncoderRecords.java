package org.heavylegs.formats.fit;

import java.util.ArrayList;
import java.util.List;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Pause;
import org.heavylegs.core.activity.Streams;

/**
 * Writes the samples of an activity as FIT record messages (global 20), with the timer events
 * (global 21) of its pauses and its RR intervals as hrv messages (global 78) in time order.
 * Field numbers, types, scales and offsets follow the public FIT profile (Profile.xlsx, "record").
 */
final class FitEncoderRecords {
    static final int RECORD = 20;
    static final int EVENT = 21;
    static final int HRV = 78;
    /** Event "timer" and its types "start" and "stop_all" (profile types event, event_type). */
    static final int EVENT_TIMER = 0;
    static final int EVENT_TYPE_START = 0;
    static final int EVENT_TYPE_STOP_ALL = 4;
    /** RR intervals per hrv message: the profile's hrv.time is an array; we write at most five. */
    static final int RR_PER_MESSAGE = 5;
    /** Semicircles per degree: 2^31 / 180 (FIT profile, position_lat). */
    static final double SEMICIRCLES_PER_DEGREE = 2147483648.0 / 180.0;
    /** record.fractional_cadence: uint8, scale 128, rpm. */
    static final double FRACTIONAL_CADENCE_SCALE = 128.0;

    /** One channel stored as one scaled record field. */
    private record Mapping(Channel channel, int fieldNumber, FitEncoderType type, double scale, double offset) {
    }

    /** Record fields: number, base type, scale and offset from the FIT profile; units converted to ours. */
    private static final List<Mapping> MAPPINGS = List.of(
            new Mapping(Channel.DISTANCE_M, 5, FitEncoderType.UINT32, 100, 0),               // distance, m
            new Mapping(Channel.SPEED_M_S, 73, FitEncoderType.UINT32, 1000, 0),              // enhanced_speed, m/s
            new Mapping(Channel.ALTITUDE_M, 78, FitEncoderType.UINT32, 5, 500),              // enhanced_altitude, m
            new Mapping(Channel.HEART_RATE_BPM, 3, FitEncoderType.UINT8, 1, 0),              // heart_rate, bpm
            new Mapping(Channel.POWER_W, 7, FitEncoderType.UINT16, 1, 0),                    // power, W
            new Mapping(Channel.DEVICE_TEMPERATURE_C, 13, FitEncoderType.SINT8, 1, 0),       // temperature, C
            new Mapping(Channel.VERTICAL_OSCILLATION_CM, 39, FitEncoderType.UINT16, 100, 0), // mm, scale 10: cm x 100
            new Mapping(Channel.GROUND_CONTACT_TIME_MS, 41, FitEncoderType.UINT16, 10, 0),   // stance_time, ms
            new Mapping(Channel.VERTICAL_RATIO_PCT, 83, FitEncoderType.UINT16, 100, 0),      // vertical_ratio, %
            new Mapping(Channel.GCT_BALANCE_LEFT_PCT, 84, FitEncoderType.UINT16, 100, 0),    // stance_time_balance, %
            new Mapping(Channel.STEP_LENGTH_M, 85, FitEncoderType.UINT16, 10000, 0),         // mm, scale 10: m x 10000
            new Mapping(Channel.RESPIRATION_RATE_BRPM, 108, FitEncoderType.UINT16, 100, 0)); // enhanced_respiration_rate

    private final FitEncoderLayout record = new FitEncoderLayout(RECORD, FitEncoder.LOCAL_RECORD);
    private final FitEncoderLayout event = new FitEncoderLayout(EVENT, FitEncoder.LOCAL_EVENT);
    private final FitEncoderLayout hrv = new FitEncoderLayout(HRV, FitEncoder.LOCAL_HRV);
    private final int recordTimestamp = record.field(253, FitEncoderType.UINT32);
    private final int eventTimestamp = event.field(253, FitEncoderType.UINT32);
    private final int eventEvent = event.field(0, FitEncoderType.ENUM);
    private final int eventType = event.field(1, FitEncoderType.ENUM);
    private final int hrvTime = hrv.array(0, FitEncoderType.UINT16, RR_PER_MESSAGE);

    private final Streams streams;
    private final double[][] columns;
    private final int[] slots;
    private final List<Mapping> present = new ArrayList<>();
    private int latSlot = -1;
    private int lonSlot = -1;
    private int cadenceSlot = -1;
    private int fractionalSlot = -1;
    private int ambientSlot = -1;
    private int humiditySlot = -1;

    FitEncoderRecords(Streams streams, FitEncoderDeveloperFields developer) {
        this.streams = streams;
        if (streams.has(Channel.LATITUDE_DEG) && streams.has(Channel.LONGITUDE_DEG)) {
            latSlot = record.field(0, FitEncoderType.SINT32);
            lonSlot = record.field(1, FitEncoderType.SINT32);
        }
        for (Mapping m : MAPPINGS) {
            if (streams.has(m.channel)) {
                present.add(m);
            }
        }
        columns = new double[present.size()][];
        slots = new int[present.size()];
        for (int i = 0; i < present.size(); i++) {
            Mapping m = present.get(i);
            columns[i] = streams.get(m.channel);
            slots[i] = record.field(m.fieldNumber, m.type);
        }
        if (streams.has(Channel.CADENCE_SPM)) {
            cadenceSlot = record.field(4, FitEncoderType.UINT8);
            fractionalSlot = record.field(53, FitEncoderType.UINT8);
        }
        if (developer.hasTemperature()) {
            ambientSlot = record.developerField(FitEncoderDeveloperFields.TEMPERATURE_FIELD, 0, FitEncoderType.FLOAT32);
        }
        if (developer.hasHumidity()) {
            humiditySlot = record.developerField(FitEncoderDeveloperFields.HUMIDITY_FIELD, 0, FitEncoderType.FLOAT32);
        }
    }

    /**
     * Writes definitions, then records, events and hrv messages in time order.
     *
     * @param base FIT timestamp of the activity's start
     * @return the FIT timestamp of the last record (the start when there is none)
     */
    long write(FitEncoderSink sink, Activity activity, long base) {
        record.define(sink);
        event.define(sink);
        double[] rr = activity.rrS() == null ? new double[0] : activity.rrS();
        if (rr.length > 0) {
            hrv.define(sink);
        }
        List<long[]> events = timerEvents(activity, base);
        double[] time = streams.time();
        double[] lat = streams.get(Channel.LATITUDE_DEG);
        double[] lon = streams.get(Channel.LONGITUDE_DEG);
        double[] cad = streams.get(Channel.CADENCE_SPM);
        double[] ambient = streams.get(Channel.AMBIENT_TEMPERATURE_C);
        double[] humidity = streams.get(Channel.HUMIDITY_PCT);
        int nextEvent = 0;
        int nextRr = 0;
        double rrSum = 0;
        int pending = 0;
        long last = base;
        for (int i = 0; i < time.length; i++) {
            long ts = base + Math.round(time[i]);
            while (nextEvent < events.size() && (events.get(nextEvent)[0] < ts
                    || events.get(nextEvent)[0] == ts && events.get(nextEvent)[1] == EVENT_TYPE_START)) {
                writeEvent(sink, events.get(nextEvent++));
            }
            while (nextRr < rr.length && base + rrSum + rr[nextRr] <= ts) {
                rrSum += Double.isFinite(rr[nextRr]) ? rr[nextRr] : 0;
                if (pending == 0) {
                    hrv.clear();
                }
                hrv.set(hrvTime + pending, FitEncoderType.UINT16.raw(rr[nextRr], 1000, 0));
                nextRr++;
                if (++pending == RR_PER_MESSAGE) {
                    hrv.write(sink);
                    pending = 0;
                }
            }
            record.clear();
            record.set(recordTimestamp, ts);
            if (latSlot >= 0) {
                record.set(latSlot, FitEncoderType.SINT32.raw(lat[i], SEMICIRCLES_PER_DEGREE, 0));
                record.set(lonSlot, FitEncoderType.SINT32.raw(lon[i], SEMICIRCLES_PER_DEGREE, 0));
            }
            for (int c = 0; c < columns.length; c++) {
                Mapping m = present.get(c);
                record.set(slots[c], m.type.raw(columns[c][i], m.scale, m.offset));
            }
            if (cadenceSlot >= 0) {
                setCadence(cad[i]);
            }
            if (ambientSlot >= 0) {
                record.set(ambientSlot, FitEncoderType.rawFloat(ambient[i]));
            }
            if (humiditySlot >= 0) {
                record.set(humiditySlot, FitEncoderType.rawFloat(humidity[i]));
            }
            record.write(sink);
            last = ts;
        }
        for (; nextRr < rr.length; nextRr++) {
            if (pending == 0) {
                hrv.clear();
            }
            hrv.set(hrvTime + pending, FitEncoderType.UINT16.raw(rr[nextRr], 1000, 0));
            if (++pending == RR_PER_MESSAGE) {
                hrv.write(sink);
                pending = 0;
            }
        }
        if (pending > 0) {
            hrv.write(sink);
        }
        while (nextEvent < events.size()) {
            writeEvent(sink, events.get(nextEvent++));
        }
        return last;
    }

    /** Steps per minute to FIT's per-leg rpm: whole rpm in cadence, the rest in 1/128 rpm. */
    private void setCadence(double spm) {
        if (!Double.isFinite(spm) || spm < 0) {
            return;
        }
        double rpm = spm / 2.0;
        long whole = (long) Math.floor(rpm);
        long fraction = Math.round((rpm - whole) * FRACTIONAL_CADENCE_SCALE);
        if (fraction == (long) FRACTIONAL_CADENCE_SCALE) {
            whole++;
            fraction = 0;
        }
        if (whole > FitEncoderType.UINT8.maxValid()) {
            return;
        }
        record.set(cadenceSlot, whole);
        record.set(fractionalSlot, fraction);
    }

    /** Timer start at the first sample, stop/start around each pause, stop at the last sample. */
    private List<long[]> timerEvents(Activity activity, long base) {
        List<long[]> events = new ArrayList<>();
        double[] time = streams.time();
        double first = time.length == 0 ? 0 : Math.min(0, time[0]);
        double end = time.length == 0 ? 0 : time[time.length - 1];
        events.add(new long[] {base + Math.round(first), EVENT_TYPE_START});
        for (Pause p : activity.pauses()) {
            events.add(new long[] {base + Math.round(p.startS()), EVENT_TYPE_STOP_ALL});
            events.add(new long[] {base + Math.round(p.endS()), EVENT_TYPE_START});
            end = Math.max(end, p.endS());
        }
        events.add(new long[] {base + Math.round(end), EVENT_TYPE_STOP_ALL});
        return events;
    }

    private void writeEvent(FitEncoderSink sink, long[] e) {
        event.clear();
        event.set(eventTimestamp, e[0]);
        event.set(eventEvent, EVENT_TIMER);
        event.set(eventType, e[1]);
        event.write(sink);
    }
}
