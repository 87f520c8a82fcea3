package org.heavylegs.formats.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.garmin.fit.Event;
import com.garmin.fit.EventMesg;
import com.garmin.fit.EventType;
import com.garmin.fit.FileIdMesg;
import com.garmin.fit.LapMesg;
import com.garmin.fit.RecordMesg;
import com.garmin.fit.SessionMesg;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Device;
import org.heavylegs.core.activity.DeviceSummary;
import org.heavylegs.core.activity.Lap;
import org.heavylegs.core.activity.Pause;
import org.heavylegs.core.activity.SourceFormat;
import org.heavylegs.core.activity.Streams;
import org.heavylegs.core.activity.StreamsBuilder;
import org.heavylegs.core.activity.Totals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Encodes activities and decodes them with the Garmin FIT SDK (the test-scope oracle): the file
 * must pass the SDK's integrity check and every value must come back within the FIT resolution.
 */
class FitEncoderTest {
    /** Seconds from the Unix epoch to the FIT epoch, written out independently of the encoder. */
    private static final long FIT_EPOCH = Instant.parse("1989-12-31T00:00:00Z").getEpochSecond();
    private static final double SEMICIRCLE_DEG = 180.0 / 2147483648.0;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 42, 2024})
    void everyValueSurvivesTheSdkDecoder(long seed) {
        Activity a = FitEncoderSamples.random(seed, seed % 2 == 0);
        byte[] file = new FitEncoder(12345).encode(a);

        assertThat(FitEncoderOracle.integrityOk(file)).isTrue();
        FitEncoderOracle o = FitEncoderOracle.decode(file);
        long base = a.start().getEpochSecond() - FIT_EPOCH;

        FileIdMesg id = o.fileIds.get(0);
        assertThat(id.getType()).isEqualTo(com.garmin.fit.File.ACTIVITY);
        assertThat(id.getManufacturer()).isEqualTo(255);
        assertThat(id.getProduct()).isEqualTo(FitEncoder.PRODUCT);
        assertThat(id.getSerialNumber()).isEqualTo(12345L);
        assertThat(id.getTimeCreated().getTimestamp()).isEqualTo(base);
        assertThat(id.getProductName()).isEqualTo("heavylegs-test");
        assertThat(o.deviceInfos).hasSize(1);
        assertThat(o.deviceInfos.get(0).getSerialNumber()).isEqualTo(12345L);

        assertRecords(a, o, base);
        double[] rr = o.rrS();
        assertThat(rr.length).isEqualTo(a.rrS().length);
        for (int i = 0; i < rr.length; i++) {
            assertThat(rr[i]).isCloseTo(a.rrS()[i], within(0.0005 + 1e-6));
        }
        assertThat(o.hrvs).allSatisfy(h -> assertThat(h.getNumTime()).isLessThanOrEqualTo(5));
        assertEvents(a, o, base);
        assertLapsAndSession(a, o, base);
    }

    private static void assertRecords(Activity a, FitEncoderOracle o, long base) {
        Streams s = a.streams();
        assertThat(o.records).hasSize(s.size());
        for (int i = 0; i < s.size(); i++) {
            RecordMesg r = o.records.get(i);
            assertThat(r.getTimestamp().getTimestamp()).isEqualTo(base + Math.round(s.time()[i]));
            check(s, Channel.DISTANCE_M, i, r.getDistance(), 0.01);
            check(s, Channel.SPEED_M_S, i, r.getEnhancedSpeed(), 0.001);
            check(s, Channel.ALTITUDE_M, i, r.getEnhancedAltitude(), 0.2);
            check(s, Channel.HEART_RATE_BPM, i, r.getHeartRate(), 1);
            check(s, Channel.POWER_W, i, r.getPower(), 1);
            check(s, Channel.DEVICE_TEMPERATURE_C, i, r.getTemperature(), 1);
            // vertical_oscillation and step_length are in mm in FIT
            check(s, Channel.VERTICAL_OSCILLATION_CM, i, r.getVerticalOscillation() == null ? null : r.getVerticalOscillation() / 10.0, 0.01);
            check(s, Channel.STEP_LENGTH_M, i, r.getStepLength() == null ? null : r.getStepLength() / 1000.0, 0.0001);
            check(s, Channel.GROUND_CONTACT_TIME_MS, i, r.getStanceTime(), 0.1);
            check(s, Channel.GCT_BALANCE_LEFT_PCT, i, r.getStanceTimeBalance(), 0.01);
            check(s, Channel.VERTICAL_RATIO_PCT, i, r.getVerticalRatio(), 0.01);
            check(s, Channel.RESPIRATION_RATE_BRPM, i, r.getEnhancedRespirationRate(), 0.01);
            if (s.has(Channel.LATITUDE_DEG) && s.has(Channel.LONGITUDE_DEG)) {
                check(s, Channel.LATITUDE_DEG, i, r.getPositionLat() == null ? null : r.getPositionLat() * SEMICIRCLE_DEG, SEMICIRCLE_DEG);
                check(s, Channel.LONGITUDE_DEG, i, r.getPositionLong() == null ? null : r.getPositionLong() * SEMICIRCLE_DEG, SEMICIRCLE_DEG);
            } else {
                // a position needs both coordinates: half of one is not written
                assertThat(r.getPositionLat()).isNull();
                assertThat(r.getPositionLong()).isNull();
            }
            Double spm = r.getCadence() == null ? null
                    : 2.0 * (r.getCadence() + (r.getFractionalCadence() == null ? 0 : r.getFractionalCadence()));
            check(s, Channel.CADENCE_SPM, i, spm, 2.0 / 128);
            check(s, Channel.AMBIENT_TEMPERATURE_C, i, FitEncoderOracle.developerValue(r, "Stryd Temperature"), 0);
            check(s, Channel.HUMIDITY_PCT, i, FitEncoderOracle.developerValue(r, "Stryd Humidity"), 0);
        }
        if (s.has(Channel.AMBIENT_TEMPERATURE_C) || s.has(Channel.HUMIDITY_PCT)) {
            assertThat(o.developerIds).hasSize(1);
            assertThat(o.fieldDescriptions).isNotEmpty();
        } else {
            assertThat(o.developerIds).isEmpty();
        }
    }

    /** The decoded value equals the original within the field's resolution (float32 rounding aside). */
    private static void check(Streams s, Channel c, int i, Number decoded, double resolution) {
        double[] col = s.get(c);
        if (col == null || Double.isNaN(col[i])) {
            assertThat(decoded).as("%s at %d should be absent", c, i).isNull();
            return;
        }
        assertThat(decoded).as("%s at %d", c, i).isNotNull();
        double tolerance = resolution / 2 + Math.abs(col[i]) * 1e-6 + 1e-9;
        assertThat(decoded.doubleValue()).as("%s at %d", c, i).isCloseTo(col[i], within(tolerance));
    }

    private static void assertEvents(Activity a, FitEncoderOracle o, long base) {
        List<String> expected = new ArrayList<>();
        double[] t = a.streams().time();
        expected.add("start@" + base);
        for (Pause p : a.pauses()) {
            expected.add("stop@" + (base + Math.round(p.startS())));
            expected.add("start@" + (base + Math.round(p.endS())));
        }
        expected.add("stop@" + (base + Math.round(t[t.length - 1])));
        List<String> got = new ArrayList<>();
        for (EventMesg e : o.events) {
            assertThat(e.getEvent()).isEqualTo(Event.TIMER);
            got.add((e.getEventType() == EventType.START ? "start@" : "stop@") + e.getTimestamp().getTimestamp());
        }
        assertThat(got).containsExactlyElementsOf(expected);
    }

    private static void assertLapsAndSession(Activity a, FitEncoderOracle o, long base) {
        assertThat(o.laps).hasSize(a.laps().size());
        for (int i = 0; i < a.laps().size(); i++) {
            Lap lap = a.laps().get(i);
            LapMesg l = o.laps.get(i);
            assertThat(l.getStartTime().getTimestamp()).isEqualTo(base + Math.round(lap.startS()));
            assertThat((double) l.getTotalElapsedTime()).isCloseTo(lap.elapsedS(), within(0.001));
            assertThat((double) l.getTotalTimerTime()).isCloseTo(lap.timerS(), within(0.001));
            assertThat((double) l.getTotalDistance()).isCloseTo(lap.distanceM(), within(0.01));
            assertThat((double) l.getAvgHeartRate()).isCloseTo(lap.avgHeartRateBpm(), within(0.5));
        }
        Totals totals = Totals.of(a);
        SessionMesg s = o.sessions.get(0);
        assertThat(o.sessions).hasSize(1);
        assertThat(s.getSport().getValue()).isEqualTo(sportValue(a.sport()));
        assertThat(s.getSubSport().getValue()).isEqualTo(subSportValue(a.subSport()));
        assertThat(s.getStartTime().getTimestamp()).isEqualTo(base);
        assertThat((double) s.getTotalElapsedTime()).isCloseTo(totals.elapsedS(), within(0.001));
        assertThat((double) s.getTotalTimerTime()).isCloseTo(totals.timerS(), within(0.001));
        optional(totals.distanceM(), s.getTotalDistance(), 0.01);
        optional(totals.avgHeartRateBpm(), s.getAvgHeartRate(), 0.5);
        optional(totals.maxHeartRateBpm(), s.getMaxHeartRate(), 0.5);
        Double cadence = s.getAvgCadence() == null ? null
                : 2.0 * (s.getAvgCadence() + (s.getAvgFractionalCadence() == null ? 0 : s.getAvgFractionalCadence()));
        optional(totals.avgCadenceSpm(), cadence, 2.0 / 128);
        assertThat(s.getNumLaps()).isEqualTo(a.laps().size());
        assertThat(o.activities).hasSize(1);
        assertThat(o.activities.get(0).getNumSessions()).isEqualTo(1);
        assertThat((double) o.activities.get(0).getTotalTimerTime()).isCloseTo(totals.timerS(), within(0.001));
    }

    private static void optional(double expected, Number decoded, double halfResolution) {
        if (Double.isNaN(expected)) {
            assertThat(decoded).isNull();
        } else {
            assertThat(decoded).isNotNull();
            assertThat(decoded.doubleValue()).isCloseTo(expected, within(halfResolution + 1e-3));
        }
    }

    /** Sport values read from the SDK's own enum, so that our table is checked against it. */
    private static short sportValue(String name) {
        return com.garmin.fit.Sport.valueOf(name.toUpperCase(java.util.Locale.ROOT)).getValue();
    }

    private static short subSportValue(String name) {
        return com.garmin.fit.SubSport.valueOf(name.toUpperCase(java.util.Locale.ROOT)).getValue();
    }

    @Test
    void headerAndCrcsFollowTheProtocol() {
        Activity a = FitEncoderSamples.random(9, true);
        byte[] file = new FitEncoder().encode(a);
        assertThat(file[0]).isEqualTo((byte) 14);
        assertThat(file[1]).isEqualTo((byte) 0x20);
        assertThat(new String(file, 8, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo(".FIT");
        long dataSize = (file[4] & 0xFF) | (file[5] & 0xFF) << 8 | (file[6] & 0xFF) << 16 | (long) (file[7] & 0xFF) << 24;
        assertThat(dataSize).isEqualTo(file.length - 16L);
        assertThat(le16(file, 12)).isEqualTo(bitwiseCrc16(file, 0, 12));
        assertThat(le16(file, file.length - 2)).isEqualTo(bitwiseCrc16(file, 0, file.length - 2));
    }

    @Test
    void sameActivityGivesIdenticalBytes() {
        byte[] one = new FitEncoder(7).encode(FitEncoderSamples.random(11, true));
        byte[] two = new FitEncoder(7).encode(FitEncoderSamples.random(11, true));
        assertThat(one).isEqualTo(two);
    }

    @Test
    void impossibleValuesBecomeInvalidInsteadOfWrapping() {
        StreamsBuilder b = new StreamsBuilder();
        double[][] rows = {
            {0, 300, -1, 9000, 1000}, // HR too big for uint8, negative speed, altitude ok, cadence too big
            {1, 150, 3.2, -600, 170}, // altitude below the offset's floor
            {2, Double.NaN, Double.POSITIVE_INFINITY, 100, Double.NaN},
        };
        for (double[] row : rows) {
            b.newSample(row[0]);
            b.set(Channel.HEART_RATE_BPM, row[1]);
            b.set(Channel.SPEED_M_S, row[2]);
            b.set(Channel.ALTITUDE_M, row[3]);
            b.set(Channel.CADENCE_SPM, row[4]);
        }
        Activity a = activity(b.build(), new double[] {0.8, 70.0, Double.NaN});
        byte[] file = new FitEncoder().encode(a);
        assertThat(FitEncoderOracle.integrityOk(file)).isTrue();
        FitEncoderOracle o = FitEncoderOracle.decode(file);
        Function<Integer, RecordMesg> r = o.records::get;
        assertThat(r.apply(0).getHeartRate()).isNull();
        assertThat(r.apply(0).getEnhancedSpeed()).isNull();
        assertThat(r.apply(0).getEnhancedAltitude()).isCloseTo(9000f, within(0.2f));
        assertThat(r.apply(0).getCadence()).isNull();
        assertThat(r.apply(1).getHeartRate()).isEqualTo((short) 150);
        assertThat(r.apply(1).getEnhancedAltitude()).isNull();
        assertThat(r.apply(1).getCadence()).isEqualTo((short) 85);
        assertThat(r.apply(2).getHeartRate()).isNull();
        assertThat(r.apply(2).getEnhancedSpeed()).isNull();
        // an RR interval too long for uint16 ms and a NaN are both written as invalid
        assertThat(o.rrS()).hasSize(1);
        assertThat(o.rrS()[0]).isCloseTo(0.8, within(1e-6));
    }

    @Test
    void anActivityWithoutSamplesStillGivesAValidFile() {
        Activity a = activity(Streams.empty(), new double[0]);
        byte[] file = new FitEncoder().encode(a);
        assertThat(FitEncoderOracle.integrityOk(file)).isTrue();
        FitEncoderOracle o = FitEncoderOracle.decode(file);
        assertThat(o.records).isEmpty();
        assertThat(o.sessions).hasSize(1);
        assertThat(o.laps).hasSize(1);
    }

    @Test
    void theDeviceSummaryWinsOverComputedTotals() {
        StreamsBuilder b = new StreamsBuilder();
        for (int i = 0; i < 100; i++) {
            b.newSample(i).set(Channel.HEART_RATE_BPM, 140).set(Channel.DISTANCE_M, 3.0 * i);
        }
        Activity plain = activity(b.build(), new double[0]);
        Activity withSummary = new Activity("s", SourceFormat.FIT, "running", "generic", plain.start(), plain.streams(),
                List.of(), List.of(), new double[0],
                DeviceSummary.of(java.util.Map.of(DeviceSummary.DISTANCE_M, 301.5, DeviceSummary.AVG_HR, 141.0)),
                Device.UNKNOWN, List.of());
        SessionMesg s = FitEncoderOracle.decode(new FitEncoder().encode(withSummary)).sessions.get(0);
        assertThat((double) s.getTotalDistance()).isCloseTo(301.5, within(0.01));
        assertThat(s.getAvgHeartRate()).isEqualTo((short) 141);
        SessionMesg computed = FitEncoderOracle.decode(new FitEncoder().encode(plain)).sessions.get(0);
        assertThat((double) computed.getTotalDistance()).isCloseTo(297.0, within(0.01));
        assertThat(computed.getAvgHeartRate()).isEqualTo((short) 140);
    }

    private static Activity activity(Streams streams, double[] rr) {
        return new Activity("t", SourceFormat.SYNTHETIC, "running", "generic", Instant.parse("2025-03-01T07:00:00Z"),
                streams, List.of(), List.of(), rr, DeviceSummary.NONE, Device.UNKNOWN, List.of());
    }

    private static int le16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    /** CRC-16/ARC bit by bit (poly 0xA001 reflected, init 0): an independent check of the table version. */
    private static int bitwiseCrc16(byte[] b, int from, int to) {
        int crc = 0;
        for (int i = from; i < to; i++) {
            crc ^= b[i] & 0xFF;
            for (int k = 0; k < 8; k++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xA001 : crc >>> 1;
            }
        }
        return crc;
    }
}
