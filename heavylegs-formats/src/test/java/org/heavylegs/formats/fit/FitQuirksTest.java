package org.heavylegs.formats.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.heavylegs.formats.fit.FitBytes.field;

import com.garmin.fit.Event;
import com.garmin.fit.EventMesg;
import com.garmin.fit.EventType;
import com.garmin.fit.HrvMesg;
import com.garmin.fit.RecordMesg;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.DeviceSummary;
import org.heavylegs.core.activity.Pause;
import org.heavylegs.core.activity.Totals;
import org.heavylegs.formats.Corpus;
import org.heavylegs.formats.UnreadableFileException;
import org.heavylegs.formats.UnreadableFileException.Kind;
import org.junit.jupiter.api.Test;

/** One test per oddity of real FIT files, each on a corpus file that has it (or built bytes when the corpus lacks it). */
class FitQuirksTest {

    // ---- pauses ------------------------------------------------------------------------------

    @Test
    void pausesAreTheTimerStopStartPairsOfTheFile() throws Exception {
        String name = "connectstats/ConnectStatsTests/samples/activity_modern_json/track_cs_5611.fit";
        Activity a = single(name);
        List<double[]> expected = new ArrayList<>();
        double stoppedAt = Double.NaN;
        for (EventMesg e : sdk(name).events) {
            if (e.getEvent() != Event.TIMER || e.getTimestamp() == null) {
                continue;
            }
            double t = e.getTimestamp().getTimestamp();
            if (e.getEventType() == EventType.START && !Double.isNaN(stoppedAt)) {
                expected.add(new double[] {stoppedAt, t});
                stoppedAt = Double.NaN;
            } else if (e.getEventType() != EventType.START && Double.isNaN(stoppedAt)) {
                stoppedAt = t;
            }
        }
        assertThat(a.pauses()).hasSize(10).hasSameSizeAs(expected);
        double start = fitStart(a);
        for (int i = 0; i < expected.size(); i++) {
            Pause p = a.pauses().get(i);
            assertThat(p.startS() + start).isEqualTo(expected.get(i)[0]);
            assertThat(p.endS() + start).isEqualTo(expected.get(i)[1]);
        }
        double paused = a.pauses().stream().mapToDouble(Pause::durationS).sum();
        assertThat(paused).isGreaterThan(500);
        assertThat(Totals.of(a).timerS()).isCloseTo(a.summary().get(DeviceSummary.TIMER_S), within(1.0));
    }

    // ---- multisport --------------------------------------------------------------------------

    @Test
    void multisportFileGivesOneActivityPerSessionSplitAtEachStart() throws Exception {
        String name = "python-fitparse/activity-large-fenxi2-multisport.fit";
        List<Activity> activities = read(name);
        assertThat(activities).extracting(Activity::sport).containsExactly(
                "generic", "transition", "running", "transition", "running", "transition", "cycling");
        assertThat(activities.stream().mapToInt(a -> a.streams().size()).sum()).isEqualTo(sdk(name).records.size());
        for (int i = 0; i < activities.size(); i++) {
            Activity a = activities.get(i);
            double end = i + 1 < activities.size() ? fitStart(activities.get(i + 1)) : Double.MAX_VALUE;
            double[] t = a.streams().time();
            assertThat(fitStart(a) + t[0]).isGreaterThanOrEqualTo(fitStart(a));
            assertThat(fitStart(a) + t[t.length - 1]).as("session %d ends before the next starts", i).isLessThan(end);
            double device = a.summary().get(DeviceSummary.DISTANCE_M);
            assertThat(Totals.of(a).distanceM()).as("session %d distance", i).isCloseTo(device, within(0.01 * device));
        }
    }

    @Test
    void triathlonSplitsTheSameWhereverTheDeviceWritesItsSummary() throws Exception {
        List<Activity> first = read("muktihari-fit/testdata/from_garmin_forums/triathlon_summary_first.fit");
        List<Activity> last = read("muktihari-fit/testdata/from_garmin_forums/triathlon_summary_last.fit");
        assertThat(first).extracting(Activity::sport)
                .containsExactly("swimming", "transition", "cycling", "transition", "running");
        assertThat(last).extracting(Activity::sport).containsExactlyElementsOf(first.stream().map(Activity::sport).toList());
        for (int i = 0; i < first.size(); i++) {
            assertThat(last.get(i).streams().size()).isEqualTo(first.get(i).streams().size());
            assertThat(last.get(i).start()).isEqualTo(first.get(i).start());
        }
        Activity run = first.get(4);
        assertThat(run.subSport()).isEqualTo("generic");
        assertThat(Totals.of(run).distanceM()).isCloseTo(run.summary().get(DeviceSummary.DISTANCE_M), within(0.01 * 4491.51));
    }

    // ---- time jump ---------------------------------------------------------------------------

    /**
     * The second run of the Fenix 2 multisport file steps back in time twice (744 s then 743 s,
     * 1173 then 1172). The decoder keeps every sample with its time as written; repairing the
     * order is a cleaning rule's job.
     */
    @Test
    void timeJumpsAreKeptAsInTheFile() throws Exception {
        String name = "python-fitparse/activity-large-fenxi2-multisport.fit";
        Activity run = read(name).get(2);
        double[] t = run.streams().time();
        List<double[]> backwards = new ArrayList<>();
        for (int i = 1; i < t.length; i++) {
            if (t[i] < t[i - 1]) {
                backwards.add(new double[] {t[i - 1], t[i]});
            }
        }
        assertThat(backwards).hasSize(2);
        assertThat(backwards.get(0)).containsExactly(744, 743);
        assertThat(backwards.get(1)).containsExactly(1173, 1172);
        // Every record of the file, in file order, has the SDK's timestamp.
        List<Double> ours = new ArrayList<>();
        for (Activity a : read(name)) {
            for (double x : a.streams().time()) {
                ours.add(fitStart(a) + x);
            }
        }
        List<Double> theirs = sdk(name).records.stream().map(m -> m.getTimestamp().getTimestamp().doubleValue()).toList();
        assertThat(ours).containsExactlyElementsOf(theirs);
    }

    // ---- developer fields -------------------------------------------------------------------

    @Test
    void strydPowerFillsPowerWhenTheWatchHasNone() throws Exception {
        String name = "FitFileParser/Tests/FitFileParserSwiftTests/samples/running.fit";
        Activity a = single(name);
        List<RecordMesg> records = sdk(name).records;
        assertThat(records).allMatch(m -> m.getPower() == null);
        double[] power = a.streams().get(Channel.POWER_W);
        assertThat(power).isNotNull().hasSize(records.size());
        int compared = 0;
        for (int i = 0; i < power.length; i++) {
            double expected = SdkDecode.developer(records.get(i), "power");
            if (!Double.isNaN(expected)) {
                assertThat(power[i]).isEqualTo(expected);
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(6000);
    }

    /**
     * Stryd's "Stryd Temperature" and "Stryd Humidity" (FR955 + Stryd) are not in the corpus, so
     * this file is built byte by byte: the developer fields become the ambient channels, matched by
     * name in any case, and a developer "Power" does not replace the watch's own power.
     */
    @Test
    void strydTemperatureAndHumidityBecomeAmbientChannels() throws Exception {
        long t0 = FitBytes.fitTime("2024-06-01T06:00:00Z");
        FitBytes b = new FitBytes()
                .define(0, 0, false, field(0, 1, FitBytes.ENUM), field(1, 2, FitBytes.UINT16))
                .data(0, 4, 1)
                .define(1, 206, false, field(0, 1, FitBytes.UINT8), field(1, 1, FitBytes.UINT8),
                        field(2, 1, FitBytes.UINT8), field(3, 20, FitBytes.STRING), field(8, 4, FitBytes.STRING))
                .raw(1, FitBytes.u8(0), FitBytes.u8(0), FitBytes.u8(0x84), FitBytes.string("Power", 20), FitBytes.string("W", 4))
                .raw(1, FitBytes.u8(0), FitBytes.u8(1), FitBytes.u8(0x01), FitBytes.string("STRYD temperature", 20), FitBytes.string("C", 4))
                .raw(1, FitBytes.u8(0), FitBytes.u8(2), FitBytes.u8(0x02), FitBytes.string("Stryd Humidity", 20), FitBytes.string("%", 4))
                .define(2, 20, false, List.of(field(253, 4, FitBytes.UINT32), field(7, 2, FitBytes.UINT16)),
                        List.of(field(0, 2, 0), field(1, 1, 0), field(2, 1, 0)));
        for (int i = 0; i < 3; i++) {
            b.data(2, t0 + i, 250 + i, 999, -3 + i, 60 + i);
        }
        Activity a = new FitReader().read("stryd.fit", b.build()).get(0);
        assertThat(a.streams().get(Channel.AMBIENT_TEMPERATURE_C)).containsExactly(-3, -2, -1);
        assertThat(a.streams().get(Channel.HUMIDITY_PCT)).containsExactly(60, 61, 62);
        assertThat(a.streams().get(Channel.POWER_W)).containsExactly(250, 251, 252);
        assertThat(a.warnings()).anyMatch(w -> w.contains("no session"));
    }

    @Test
    void developerFieldNamedDistanceDoesNotOverwriteTheNativeOne() throws Exception {
        String name = "python-fitparse/developer-types-sample.fit";
        Activity a = single(name);
        List<RecordMesg> records = sdk(name).records;
        double[] distance = a.streams().get(Channel.DISTANCE_M);
        double[] speed = a.streams().get(Channel.SPEED_M_S);
        int differs = 0;
        for (int i = 0; i < records.size(); i++) {
            RecordMesg m = records.get(i);
            assertThat(distance[i]).isCloseTo(m.getDistance(), within(1e-3));
            assertThat(speed[i]).isCloseTo(SdkDecode.num(m.getEnhancedSpeed()), within(1e-3));
            double developer = SdkDecode.developer(m, "distance");
            if (!Double.isNaN(developer) && Math.abs(developer - distance[i]) > 1) {
                differs++;
            }
        }
        assertThat(differs).as("the developer distance really is another number").isGreaterThan(100);
    }

    // ---- running dynamics --------------------------------------------------------------------

    @Test
    void runningDynamicsArriveInTheChannelsUnits() throws Exception {
        Activity a = single("connectstats/ConnectStatsTests/samples/fit_files/track_cs_544406.fit");
        assertThat(median(a, Channel.VERTICAL_OSCILLATION_CM)).isBetween(6.0, 13.0);
        assertThat(median(a, Channel.GROUND_CONTACT_TIME_MS)).isBetween(180.0, 320.0);
        assertThat(median(a, Channel.GCT_BALANCE_LEFT_PCT)).isBetween(45.0, 55.0);
        assertThat(median(a, Channel.STEP_LENGTH_M)).isBetween(0.7, 1.8);
        assertThat(median(a, Channel.VERTICAL_RATIO_PCT)).isBetween(5.0, 11.0);
        assertThat(median(a, Channel.CADENCE_SPM)).as("steps per minute, both legs").isBetween(150.0, 200.0);
        DeviceSummary s = a.summary();
        assertThat(mean(a, Channel.VERTICAL_OSCILLATION_CM)).isCloseTo(s.get(DeviceSummary.AVG_VERTICAL_OSCILLATION_CM), within(0.3));
        assertThat(mean(a, Channel.GROUND_CONTACT_TIME_MS)).isCloseTo(s.get(DeviceSummary.AVG_GROUND_CONTACT_TIME_MS), within(5.0));
        assertThat(mean(a, Channel.STEP_LENGTH_M)).isCloseTo(s.get(DeviceSummary.AVG_STEP_LENGTH_M), within(0.03));
        assertThat(Totals.of(a).avgCadenceSpm()).isCloseTo(s.get(DeviceSummary.AVG_CADENCE_SPM), within(2.0));
    }

    // ---- RR intervals ------------------------------------------------------------------------

    @Test
    void rrIntervalsFromHrvMessages() throws Exception {
        String name = "fitparse-rs/hrv-activity.fit";
        Activity a = single(name);
        List<Double> expected = new ArrayList<>();
        for (HrvMesg m : sdk(name).hrv) {
            for (Float f : m.getTime()) {
                if (f != null && f != 65535f) { // the SDK hands invalid values out raw
                    expected.add(f.doubleValue());
                }
            }
        }
        assertThat(a.rrS()).hasSize(expected.size()).hasSizeGreaterThan(2500);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(a.rrS()[i]).isCloseTo(expected.get(i), within(1e-6));
        }
        // Missed beats show as double intervals, so the median speaks for the heart rate.
        double[] sorted = a.rrS().clone();
        Arrays.sort(sorted);
        assertThat(60 / sorted[sorted.length / 2]).isCloseTo(a.summary().get(DeviceSummary.AVG_HR), within(5.0));
    }

    /**
     * The Forerunner 935 swim has no hrv messages: its HRM-Swim strap logged each beat's time
     * (hr messages, in a second FIT file chained after the activity, most as packed 12-bit
     * times). Consecutive beats give the RR intervals; the rate they imply is the strap's own
     * filtered heart rate for the same beats.
     */
    @Test
    void rrIntervalsFromAChestStrapBeatLog() throws Exception {
        String name = "fitdecode/tests/files/garmin-fr935-cr.fit";
        Activity a = single(name);
        assertThat(a.rrS()).hasSizeGreaterThan(8000);
        for (double rr : a.rrS()) {
            assertThat(rr).isGreaterThan(0).isLessThanOrEqualTo(3.0);
        }
        assertThat(a.warnings()).anyMatch(w -> w.contains("RR intervals logged outside every session"));

        FitContent all = new FitDecoder(name, corpus(name)).decode();
        List<Double> strapBpm = new ArrayList<>();
        for (com.garmin.fit.HrMesg m : sdk(name).hr) {
            if (m.getFilteredBpm() != null) {
                for (Short bpm : m.getFilteredBpm()) {
                    strapBpm.add(bpm.doubleValue());
                }
            }
        }
        assertThat(all.rrCount).as("one interval per beat but the first (and gaps)")
                .isBetween((int) (0.98 * strapBpm.size()), strapBpm.size() - 1);
        double[] ourBpm = new double[all.rrCount];
        for (int i = 0; i < all.rrCount; i++) {
            ourBpm[i] = 60 / all.rrS[i];
        }
        Arrays.sort(ourBpm);
        double[] theirs = strapBpm.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        for (double q : new double[] {0.1, 0.25, 0.5, 0.75, 0.9}) {
            assertThat(ourBpm[(int) (q * ourBpm.length)]).as("quantile %s of the heart rate", q)
                    .isCloseTo(theirs[(int) (q * theirs.length)], within(3.0));
        }
    }

    // ---- damage ------------------------------------------------------------------------------

    @Test
    void corruptHeaderOfAChainedFileKeepsTheFirstFile() throws Exception {
        Activity a = single("python-fitparse/activity-settings-corruptheader.fit");
        assertThat(a.streams().size()).isEqualTo(14);
        assertThat(a.warnings()).anyMatch(w -> w.contains("header of chained FIT file 2 is corrupt") && w.contains("at byte 771"));
    }

    @Test
    void corruptFirstHeaderIsRefusedWithItsOffset() throws Exception {
        byte[] data = corpus("python-fitparse/Activity.fit");
        byte[] badSignature = data.clone();
        badSignature[9] = 'G';
        assertThatThrownBy(() -> new FitReader().read("a.fit", badSignature))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.CORRUPT_HEADER);
                    assertThat(e.offset()).isEqualTo(8);
                });
        assertThat(new FitReader().recognizes(badSignature)).as("still recognized as a (broken) FIT file").isTrue();
        byte[] badSize = data.clone();
        badSize[0] = 3;
        assertThatThrownBy(() -> new FitReader().read("a.fit", badSize))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.CORRUPT_HEADER);
                    assertThat(e.offset()).isEqualTo(0);
                    assertThat(e.getMessage()).startsWith("a.fit: ").contains("(at offset 0)");
                });
    }

    @Test
    void truncatedFileKeepsWhatWasRead() throws Exception {
        String name = "python-fitparse/activity-unexpected-eof.fit";
        Activity a = single(name);
        assertThat(a.streams().size()).isEqualTo(sdk(name).records.size()).isEqualTo(14);
        assertThat(a.summary().get(DeviceSummary.DISTANCE_M)).isCloseTo(5.73, within(1e-9));
        assertThat(a.warnings()).anyMatch(w -> w.contains("file ends inside a message") && w.contains("at byte 751"));

        // The SDK's cookbook activity cut before its lap and session messages: the records remain.
        Activity cut = single("muktihari-fit/testdata/from_official_sdk/activity_truncated.fit");
        assertThat(cut.streams().size()).isEqualTo(14);
        assertThat(cut.summary().isEmpty()).isTrue();
        assertThat(cut.warnings()).anyMatch(w -> w.contains("no session message"));
    }

    @Test
    void fileCutBeforeAnyRecordIsRefusedAsTruncated() throws Exception {
        byte[] data = Arrays.copyOf(corpus("python-fitparse/Activity.fit"), 40);
        assertThatThrownBy(() -> new FitReader().read("cut.fit", data))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.TRUNCATED);
                    assertThat(e.offset()).isPositive().isLessThanOrEqualTo(40);
                });
    }

    @Test
    void crcErrorKeepsTheDataWithAWarning() throws Exception {
        Activity a = single("python-fitparse/activity-filecrc.fit");
        assertThat(a.streams().size()).isEqualTo(14);
        assertThat(a.warnings()).anyMatch(w -> w.contains("file CRC does not match") && w.contains("at byte 769"));
    }

    @Test
    void chainedFileWithACrcErrorGivesBothActivities() throws Exception {
        List<Activity> both = read("python-fitparse/activity-activity-filecrc.fit");
        assertThat(both).hasSize(2);
        assertThat(both.get(1).streams().size()).isEqualTo(both.get(0).streams().size()).isEqualTo(14);
        assertThat(both.get(0).warnings()).anyMatch(w -> w.contains("file CRC does not match") && w.contains("at byte 1540"));
    }

    /**
     * The Strava Android app dropped single bytes inside records (17 times in this file). After
     * each, the decoder drops the damaged record and resumes at the next message that decodes
     * plausibly; the SDK stops at the first. What we read adds up to the device's own totals.
     */
    @Test
    void damagedMessagesAreDroppedAndDecodingResumes() throws Exception {
        Activity a = single("python-fitparse/strava-android-app-201.10-b1218918.fit");
        assertThat(a.streams().size()).isGreaterThan(5000);
        Totals t = Totals.of(a);
        assertThat(t.distanceM()).isCloseTo(a.summary().get(DeviceSummary.DISTANCE_M), within(1.0));
        assertThat(t.elapsedS()).isCloseTo(a.summary().get(DeviceSummary.ELAPSED_S), within(2.0));
        double[] time = a.streams().time();
        for (int i = 1; i < time.length; i++) {
            assertThat(time[i] - time[i - 1]).as("no garbage time at sample %d", i).isBetween(0.0, 60.0);
        }
        assertThat(a.warnings()).anyMatch(w -> w.contains("at byte 7471"));
        assertThat(a.warnings()).anyMatch(w -> w.contains("16 more times"));
    }

    @Test
    void recordingCutOffWithoutASessionStillGivesAnActivity() throws Exception {
        Activity a = single("python-fitparse/nick.fit");
        assertThat(a.sport()).isEqualTo("cycling");
        assertThat(a.streams().size()).isEqualTo(14391);
        assertThat(a.warnings()).anyMatch(w -> w.contains("sport taken from its sport message"));
        assertThat(a.warnings()).anyMatch(w -> w.contains("data ends inside a message"));
    }

    @Test
    void unterminatedStringsAreReadToTheEndOfTheirField() throws Exception {
        Activity a = single("tormoder-fit/testdata/misc/unterminated-strings.fit");
        assertThat(a.device().manufacturer()).isEqualTo("wahoo_fitness");
        assertThat(a.device().product()).isEqualTo("ELEMNT ROAM");
        assertThat(a.streams().size()).isEqualTo(33);
        // A developer field name that fills its field without a NUL still matches.
        long t0 = FitBytes.fitTime("2024-06-01T06:00:00Z");
        byte[] file = new FitBytes()
                .define(0, 206, false, field(0, 1, FitBytes.UINT8), field(1, 1, FitBytes.UINT8),
                        field(2, 1, FitBytes.UINT8), field(3, 14, FitBytes.STRING))
                .raw(0, FitBytes.u8(0), FitBytes.u8(5), FitBytes.u8(0x02), FitBytes.string("Stryd Humidity", 14))
                .define(1, 20, false, List.of(field(253, 4, FitBytes.UINT32)), List.of(field(5, 1, 0)))
                .data(1, t0, 55)
                .build();
        assertThat(new FitReader().read("u.fit", file).get(0).streams().get(Channel.HUMIDITY_PCT)).containsExactly(55);
    }

    /** A wrong header CRC alone does not lose the file: the file CRC still checks header and data. */
    @Test
    void wrongHeaderCrcIsAWarningWhenTheRestChecksOut() throws Exception {
        byte[] file = oneRecord();
        file[12] ^= 0x55;
        int crc = FitCrc.update(0, file, 0, file.length - 2);
        file[file.length - 2] = (byte) crc;
        file[file.length - 1] = (byte) (crc >>> 8);
        Activity a = new FitReader().read("h.fit", file).get(0);
        assertThat(a.streams().size()).isEqualTo(1);
        assertThat(a.warnings()).anyMatch(w -> w.contains("header CRC does not match"));
        assertThat(a.warnings()).noneMatch(w -> w.contains("file CRC does not match"));
    }

    /** Some writers that stream to disk leave the header's data size at 0: read to the end. */
    @Test
    void headerWithoutDataSizeIsReadToTheEnd() throws Exception {
        byte[] file = Arrays.copyOf(oneRecord(), oneRecord().length - 2);
        file[4] = 0;
        file[5] = 0;
        file[6] = 0;
        file[7] = 0;
        Activity a = new FitReader().read("z.fit", file).get(0);
        assertThat(a.streams().get(Channel.HEART_RATE_BPM)).containsExactly(120);
        assertThat(a.warnings()).anyMatch(w -> w.contains("gives no data size"));
    }

    private static byte[] oneRecord() {
        return new FitBytes().define(0, 20, false, field(253, 4, FitBytes.UINT32), field(3, 1, FitBytes.UINT8))
                .data(0, FitBytes.fitTime("2024-06-01T06:00:00Z"), 120).build();
    }

    // ---- compressed data ---------------------------------------------------------------------

    /** python-fitparse's CSV of this file (made by another decoder) lists every record's time, speed and distance. */
    @Test
    void compressedSpeedDistanceIsExpanded() throws Exception {
        String name = "python-fitparse/compressed-speed-distance.fit";
        Activity a = single(name);
        List<String> rows = Files.readAllLines(Corpus.file("python-fitparse/compressed-speed-distance-records.csv"));
        double[] t = a.streams().time();
        double[] speed = a.streams().get(Channel.SPEED_M_S);
        double[] distance = a.streams().get(Channel.DISTANCE_M);
        double start = fitStart(a);
        // Our first record has no speed or distance and is not in the CSV.
        assertThat(Double.isNaN(speed[0]) && Double.isNaN(distance[0])).isTrue();
        assertThat(rows).hasSize(t.length); // header + all records but the first
        for (int i = 1; i < rows.size(); i++) {
            String[] c = rows.get(i).split(",");
            assertThat(start + t[i]).as("row %d time", i).isEqualTo(Double.parseDouble(c[0]));
            assertThat(speed[i]).as("row %d speed", i).isCloseTo(Double.parseDouble(c[2]), within(1e-9));
            assertThat(distance[i]).as("row %d distance", i).isCloseTo(Double.parseDouble(c[3]), within(1e-9));
        }
        assertThat(Totals.of(a).distanceM()).isCloseTo(a.summary().get(DeviceSummary.DISTANCE_M), within(0.5));
    }

    /** Old Forerunners write most records with a one-byte header holding 5 bits of time. */
    @Test
    void compressedTimestampsGiveEveryRecordItsTime() throws Exception {
        for (String name : List.of("python-fitparse/compressed-speed-distance.fit", "python-fitparse/antfs-dump.63.fit")) {
            Activity a = single(name);
            List<RecordMesg> records = sdk(name).records;
            double[] t = a.streams().time();
            assertThat(t).hasSize(records.size());
            for (int i = 0; i < t.length; i++) {
                assertThat(fitStart(a) + t[i]).isEqualTo(records.get(i).getTimestamp().getTimestamp().doubleValue());
                if (i > 0) {
                    assertThat(t[i]).isGreaterThan(t[i - 1]);
                }
            }
            assertThat(a.warnings()).anyMatch(w -> w.contains("seconds since the device was switched on"));
        }
    }

    /** The 5-bit offset rolls over every 32 s; a full timestamp in between resets the reference. */
    @Test
    void compressedTimestampsRollOver() throws Exception {
        long t0 = 1_000_000_000L + 30; // low five bits: 30
        byte[] file = new FitBytes()
                .define(0, 20, false, field(3, 1, FitBytes.UINT8))
                .define(1, 20, false, field(253, 4, FitBytes.UINT32), field(3, 1, FitBytes.UINT8))
                .data(1, t0, 100)
                .compressed(0, 31, 101)   // t0 + 1
                .compressed(0, 2, 102)    // rolls over: t0 + 4
                .compressed(0, 2, 103)    // same offset again: same time
                .compressed(0, 20, 104)   // t0 + 22
                .data(1, t0 + 100, 105)
                .compressed(0, (int) ((t0 + 103) & 0x1F), 106)
                .build();
        Activity a = new FitReader().read("c.fit", file).get(0);
        assertThat(a.streams().time()).containsExactly(0, 1, 4, 4, 22, 100, 103);
        assertThat(a.streams().get(Channel.HEART_RATE_BPM)).containsExactly(100, 101, 102, 103, 104, 105, 106);
    }

    // ---- chained files -----------------------------------------------------------------------

    @Test
    void chainedFilesAreAllRead() throws Exception {
        List<Activity> two = read("muktihari-fit/testdata/chained_Activity_activity_poolswim.fit");
        assertThat(two).extracting(Activity::sport).containsExactly("stand_up_paddleboarding", "swimming");
        assertThat(two).extracting(a -> a.streams().size()).containsExactly(3601, 24);
        assertThat(two.get(1).laps()).hasSize(9);

        // An activity followed by a settings file: the activity, without complaint.
        Activity withSettings = single("python-fitparse/activity-settings.fit");
        assertThat(withSettings.streams().size()).isEqualTo(14);
        assertThat(withSettings.warnings()).isEmpty();

        // A triathlon whose HRM-Tri beat log is chained after it (three more FIT files).
        List<Activity> triathlon = read("python-fitparse/sample_mulitple_header.fit");
        assertThat(triathlon).hasSize(5);
        assertThat(triathlon.get(0).rrS()).as("the swim's beats come from a chained file").hasSizeGreaterThan(4000);
    }

    // ---- byte order --------------------------------------------------------------------------

    @Test
    void bigEndianDefinitionsReadLikeLittleEndianOnes() throws Exception {
        long t0 = FitBytes.fitTime("2024-06-01T06:00:00Z");
        byte[][] files = new byte[2][];
        for (int big = 0; big < 2; big++) {
            FitBytes b = new FitBytes().define(0, 20, big == 1, field(253, 4, FitBytes.UINT32),
                    field(0, 4, FitBytes.SINT32), field(5, 4, FitBytes.UINT32), field(2, 2, FitBytes.UINT16),
                    field(13, 1, FitBytes.SINT8), field(3, 1, FitBytes.UINT8));
            b.data(0, t0, -536870912L, 123456, 3000, -5 & 0xFF, 150);
            b.data(0, t0 + 1, 536870912L, 123556, 0xFFFF, 0x7F, 0xFF); // altitude, temperature, HR invalid
            files[big] = b.build();
        }
        Activity little = new FitReader().read("le.fit", files[0]).get(0);
        Activity big = new FitReader().read("be.fit", files[1]).get(0);
        for (Activity a : List.of(little, big)) {
            assertThat(a.streams().get(Channel.LATITUDE_DEG)).containsExactly(-45.0, 45.0);
            assertThat(a.streams().get(Channel.DISTANCE_M)).containsExactly(1234.56, 1235.56);
            assertThat(a.streams().get(Channel.ALTITUDE_M)[0]).isEqualTo(100.0);
            assertThat(a.streams().get(Channel.ALTITUDE_M)[1]).isNaN();
            assertThat(a.streams().get(Channel.DEVICE_TEMPERATURE_C)[0]).isEqualTo(-5.0);
            assertThat(a.streams().get(Channel.DEVICE_TEMPERATURE_C)[1]).isNaN();
            assertThat(a.streams().get(Channel.HEART_RATE_BPM)[1]).isNaN();
        }
    }

    // ---- file types and clocks ---------------------------------------------------------------

    @Test
    void nonActivityFilesAreRefusedNamingTheirType() {
        assertRefused("python-fitparse/Settings.fit", "settings");
        assertRefused("python-fitparse/WorkoutRepeatSteps.fit", "workout");
        assertRefused("python-fitparse/MonitoringFile.fit", "monitoring_b");
        assertRefused("python-fitparse/WeightScaleSingleUser.fit", "weight");
        assertRefused("heartandsole/tests/testcourse.fit", "course");
    }

    // ---- helpers -----------------------------------------------------------------------------

    private static void assertRefused(String name, String type) {
        assertThatThrownBy(() -> read(name)).isInstanceOfSatisfying(UnreadableFileException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.NO_ACTIVITY);
            assertThat(e.reason()).contains("a FIT " + type + " file");
        });
    }

    static byte[] corpus(String name) throws IOException {
        return Files.readAllBytes(Corpus.file(name));
    }

    static List<Activity> read(String name) throws IOException, UnreadableFileException {
        return new FitReader().read(name, corpus(name));
    }

    static Activity single(String name) throws IOException, UnreadableFileException {
        List<Activity> all = read(name);
        assertThat(all).as(name).hasSize(1);
        return all.get(0);
    }

    static SdkDecode sdk(String name) throws IOException {
        return SdkDecode.of(corpus(name));
    }

    /** The activity's start as a FIT timestamp. */
    static double fitStart(Activity a) {
        return a.start().getEpochSecond() - Profile.FIT_EPOCH_UNIX_S + a.start().getNano() / 1e9;
    }

    private static double median(Activity a, Channel c) {
        double[] v = Arrays.stream(a.streams().get(c)).filter(x -> !Double.isNaN(x) && x != 0).sorted().toArray();
        return v[v.length / 2];
    }

    private static double mean(Activity a, Channel c) {
        return Arrays.stream(a.streams().get(c)).filter(x -> !Double.isNaN(x) && x != 0).average().orElseThrow();
    }
}
