package org.heavylegs.formats.fit;

import static org.assertj.core.api.Assertions.assertThat;

import com.garmin.fit.RecordMesg;
import com.garmin.fit.SessionMesg;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.DeviceSummary;
import org.heavylegs.formats.Corpus;
import org.heavylegs.formats.UnreadableFileException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our decoder against the Garmin FIT SDK, used as a black box (test scope only): for every corpus
 * FIT file we read, every record value we put into a stream and every session total must be what
 * the SDK reads. Where we deliberately differ, the difference is listed below with its reason.
 */
class FitSdkOracleTest {

    /**
     * Files where the SDK stops early and we read on: how many of the SDK's records to compare
     * (from the start), and why.
     */
    private static final Map<String, Integer> SDK_STOPS_EARLY = Map.of(
            // The Strava app dropped a byte inside a record at byte 7451; the SDK stops at the next
            // message ("missing message definition for local message number 11"). We drop that one
            // damaged record (its timestamp and speed are garbage) and resume at the next message,
            // so we compare the 472 good records the SDK read and have ~4,800 more.
            "python-fitparse/strava-android-app-201.10-b1218918.fit", 472);

    /**
     * The SDK writes the distance it expands from compressed_speed_distance (record field 8, 1/16 m)
     * into the distance field's own units (1/100 m), rounding it; we keep the exact sixteenths
     * (python-fitparse's compressed-speed-distance-records.csv has them too, e.g. 18.875 m where the
     * SDK says 18.88). So distances of files with field 8 may differ by up to half a centimetre.
     */
    private static final Map<String, Double> DISTANCE_ROUNDED_BY_SDK = Map.of(
            "python-fitparse/compressed-speed-distance.fit", 0.005);

    static Stream<Path> files() {
        return Corpus.files("fit").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everyRecordValueIsWhatTheSdkReads(Path file) throws IOException {
        String name = Corpus.name(file);
        byte[] data = Files.readAllBytes(file);
        List<Activity> activities;
        try {
            activities = new FitReader().read(name, data);
        } catch (UnreadableFileException e) {
            // Refused files are checked by FitCorpusTest; nothing to compare.
            return;
        }
        SdkDecode sdk = SdkDecode.of(data);
        List<Sample> ours = samples(activities);
        List<RecordMesg> theirs = new ArrayList<>(sdk.records);
        Integer compare = SDK_STOPS_EARLY.get(name);
        if (compare != null) {
            assertThat(sdk.error).as("the SDK should still stop early on " + name).isNotNull();
            theirs = theirs.subList(0, compare);
            assertThat(ours.size()).isGreaterThan(theirs.size());
            ours = ours.subList(0, compare);
        }
        assertThat(ours).as(name + ": record count").hasSameSizeAs(theirs);
        theirs.sort(Comparator.comparingDouble(m -> m.getTimestamp() == null ? Double.NaN : m.getTimestamp().getTimestamp()));

        // Developer power stands in for native power in an activity that has none.
        java.util.Set<Activity> withNativePower = new java.util.HashSet<>();
        for (int i = 0; i < ours.size(); i++) {
            if (theirs.get(i).getPower() != null) {
                withNativePower.add(ours.get(i).activity());
            }
        }
        for (int i = 0; i < ours.size(); i++) {
            Sample s = ours.get(i);
            boolean nativePower = withNativePower.contains(s.activity());
            RecordMesg m = theirs.get(i);
            String at = name + " record " + i;
            if (m.getTimestamp() != null) {
                assertThat(s.fitTime).as(at + " time").isEqualTo(m.getTimestamp().getTimestamp().doubleValue());
            }
            double distance = SdkDecode.num(m.getDistance());
            Double rounded = DISTANCE_ROUNDED_BY_SDK.get(name);
            if (rounded != null && !Double.isNaN(distance)) {
                assertThat(s.get(Channel.DISTANCE_M)).as(at + " distance (SDK rounds to cm)")
                        .isCloseTo(distance, org.assertj.core.api.Assertions.within(rounded + tolerance(distance)));
            } else {
                check(at, s, Channel.DISTANCE_M, distance);
            }
            check(at, s, Channel.SPEED_M_S, first(m.getEnhancedSpeed(), m.getSpeed()));
            check(at, s, Channel.ALTITUDE_M, first(m.getEnhancedAltitude(), m.getAltitude()));
            check(at, s, Channel.HEART_RATE_BPM, SdkDecode.num(m.getHeartRate()));
            check(at, s, Channel.CADENCE_SPM, Cadence.toChannel(s.sport,
                    SdkDecode.num(m.getCadence()), SdkDecode.num(m.getFractionalCadence())));
            check(at, s, Channel.POWER_W, nativePower ? SdkDecode.num(m.getPower()) : SdkDecode.developer(m, "power"));
            check(at, s, Channel.DEVICE_TEMPERATURE_C, SdkDecode.num(m.getTemperature()));
            check(at, s, Channel.VERTICAL_OSCILLATION_CM, SdkDecode.num(m.getVerticalOscillation()) / 10);
            check(at, s, Channel.GROUND_CONTACT_TIME_MS, SdkDecode.num(m.getStanceTime()));
            check(at, s, Channel.GCT_BALANCE_LEFT_PCT, SdkDecode.num(m.getStanceTimeBalance()));
            check(at, s, Channel.STEP_LENGTH_M, SdkDecode.num(m.getStepLength()) / 1000);
            check(at, s, Channel.VERTICAL_RATIO_PCT, SdkDecode.num(m.getVerticalRatio()));
            check(at, s, Channel.LATITUDE_DEG, SdkDecode.num(m.getPositionLat()) * 180.0 / 2147483648.0);
            check(at, s, Channel.LONGITUDE_DEG, SdkDecode.num(m.getPositionLong()) * 180.0 / 2147483648.0);
            check(at, s, Channel.RESPIRATION_RATE_BRPM, SdkDecode.num(m.getEnhancedRespirationRate()));
            check(at, s, Channel.AMBIENT_TEMPERATURE_C, SdkDecode.developer(m, "stryd temperature"));
            check(at, s, Channel.HUMIDITY_PCT, SdkDecode.developer(m, "stryd humidity"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everySessionTotalIsWhatTheSdkReads(Path file) throws IOException {
        String name = Corpus.name(file);
        byte[] data = Files.readAllBytes(file);
        List<Activity> activities;
        try {
            activities = new FitReader().read(name, data);
        } catch (UnreadableFileException e) {
            return;
        }
        List<SessionMesg> sessions = new ArrayList<>(SdkDecode.of(data).sessions);
        List<Activity> withSummary = activities.stream().filter(a -> !a.summary().isEmpty()).toList();
        assertThat(withSummary).as(name + ": sessions").hasSameSizeAs(sessions);
        sessions.sort(Comparator.comparingDouble(s -> s.getStartTime() == null ? Double.MAX_VALUE : s.getStartTime().getTimestamp()));
        for (int i = 0; i < sessions.size(); i++) {
            SessionMesg m = sessions.get(i);
            DeviceSummary s = withSummary.get(i).summary();
            String at = name + " session " + i;
            int sport = m.getSport() == null ? -1 : m.getSport().getValue();
            total(at, s, DeviceSummary.ELAPSED_S, SdkDecode.num(m.getTotalElapsedTime()));
            total(at, s, DeviceSummary.TIMER_S, SdkDecode.num(m.getTotalTimerTime()));
            total(at, s, DeviceSummary.DISTANCE_M, SdkDecode.num(m.getTotalDistance()));
            total(at, s, DeviceSummary.AVG_HR, SdkDecode.num(m.getAvgHeartRate()));
            total(at, s, DeviceSummary.MAX_HR, SdkDecode.num(m.getMaxHeartRate()));
            total(at, s, DeviceSummary.AVG_CADENCE_SPM, Cadence.toChannel(sport,
                    SdkDecode.num(m.getAvgCadence()), SdkDecode.num(m.getAvgFractionalCadence())));
            total(at, s, DeviceSummary.AVG_SPEED_M_S, first(m.getEnhancedAvgSpeed(), m.getAvgSpeed()));
            total(at, s, DeviceSummary.TOTAL_ASCENT_M, SdkDecode.num(m.getTotalAscent()));
            total(at, s, DeviceSummary.KCAL, SdkDecode.num(m.getTotalCalories()));
            total(at, s, DeviceSummary.AVG_POWER_W, SdkDecode.num(m.getAvgPower()));
            total(at, s, DeviceSummary.AVG_VERTICAL_OSCILLATION_CM, SdkDecode.num(m.getAvgVerticalOscillation()) / 10);
            total(at, s, DeviceSummary.AVG_GROUND_CONTACT_TIME_MS, SdkDecode.num(m.getAvgStanceTime()));
            total(at, s, DeviceSummary.AVG_GCT_BALANCE_LEFT_PCT, SdkDecode.num(m.getAvgStanceTimeBalance()));
            total(at, s, DeviceSummary.AVG_STEP_LENGTH_M, SdkDecode.num(m.getAvgStepLength()) / 1000);
            total(at, s, DeviceSummary.AVG_VERTICAL_RATIO_PCT, SdkDecode.num(m.getAvgVerticalRatio()));
            total(at, s, DeviceSummary.AVG_TEMPERATURE_C, SdkDecode.num(m.getAvgTemperature()));
            assertThat(withSummary.get(i).sport()).as(at + " sport")
                    .isEqualTo(m.getSport() == null ? "generic" : m.getSport().name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** One record of ours: its FIT time, sport and the channel values of its activity's streams. */
    private record Sample(double fitTime, int sport, Activity activity, int index) {
        double get(Channel c) {
            double[] col = activity.streams().get(c);
            return col == null ? Double.NaN : col[index];
        }
    }

    /** All our samples, in time order (stable), with their FIT times. */
    private static List<Sample> samples(List<Activity> activities) {
        List<Sample> all = new ArrayList<>();
        for (Activity a : activities) {
            double start = a.start() == null ? 0 : a.start().getEpochSecond() - Profile.FIT_EPOCH_UNIX_S + a.start().getNano() / 1e9;
            int sport = sportNumber(a.sport());
            double[] t = a.streams().time();
            for (int i = 0; i < t.length; i++) {
                all.add(new Sample(start + t[i], sport, a, i));
            }
        }
        all.sort(Comparator.comparingDouble(Sample::fitTime));
        return all;
    }

    private static int sportNumber(String name) {
        for (int v = 0; v < 256; v++) {
            if (FitNames.sport(v).equals(name)) {
                return v;
            }
        }
        return -1;
    }

    private static double first(Number a, Number b) {
        return a != null ? a.doubleValue() : SdkDecode.num(b);
    }

    private static void check(String at, Sample s, Channel c, double expected) {
        double actual = s.get(c);
        if (Double.isNaN(expected)) {
            assertThat(actual).as(at + " " + c.key() + " (the SDK has none)").isNaN();
        } else {
            assertThat(actual).as(at + " " + c.key()).isCloseTo(expected, org.assertj.core.api.Assertions.within(tolerance(expected)));
        }
    }

    private static void total(String at, DeviceSummary s, String key, double expected) {
        double actual = s.get(key);
        if (Double.isNaN(expected)) {
            assertThat(actual).as(at + " " + key + " (the SDK has none)").isNaN();
        } else {
            assertThat(actual).as(at + " " + key).isCloseTo(expected, org.assertj.core.api.Assertions.within(tolerance(expected)));
        }
    }

    /** The SDK hands scaled values out as float: allow float rounding (one part in 10^6). */
    private static double tolerance(double expected) {
        return Math.max(1e-9, Math.abs(expected) * 1e-6);
    }
}
