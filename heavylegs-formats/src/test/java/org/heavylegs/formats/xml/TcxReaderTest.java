package org.heavylegs.formats.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.DeviceSummary;
import org.heavylegs.core.activity.Pause;
import org.heavylegs.core.activity.SourceFormat;
import org.heavylegs.core.activity.Totals;
import org.heavylegs.formats.UnreadableFileException;
import org.junit.jupiter.api.Test;

class TcxReaderTest {
    private final TcxReader reader = new TcxReader();

    private Activity one(String doc) throws UnreadableFileException {
        return one(Docs.utf8(doc));
    }

    private Activity one(byte[] doc) throws UnreadableFileException {
        assertThat(reader.recognizes(doc)).isTrue();
        List<Activity> read = reader.read("t.tcx", doc);
        assertThat(read).hasSize(1);
        return read.get(0);
    }

    private UnreadableFileException refused(String doc) {
        UnreadableFileException e = catchThrowableOfType(UnreadableFileException.class,
                () -> reader.read("t.tcx", Docs.utf8(doc)));
        assertThat(e).isNotNull();
        assertThat(e.file()).isEqualTo("t.tcx");
        return e;
    }

    @Test
    void readsARun() throws Exception {
        Activity a = one(Docs.tcxRun(61));
        assertThat(a.format()).isEqualTo(SourceFormat.TCX);
        assertThat(a.sport()).isEqualTo("running");
        assertThat(a.start()).hasToString("2024-05-01T07:00:00Z");
        assertThat(a.streams().size()).isEqualTo(61);
        assertThat(a.streams().channels()).containsExactly(Channel.DISTANCE_M, Channel.SPEED_M_S, Channel.ALTITUDE_M,
                Channel.HEART_RATE_BPM, Channel.CADENCE_SPM, Channel.LATITUDE_DEG, Channel.LONGITUDE_DEG);
        assertThat(a.streams().time()[60]).isEqualTo(60.0);
        // RunCadence counts one foot: 85 becomes 170 steps per minute.
        assertThat(a.streams().get(Channel.CADENCE_SPM)).containsOnly(170.0);
        assertThat(a.device().product()).isEqualTo("Forerunner Test");
        assertThat(a.laps()).hasSize(1);
        assertThat(a.laps().get(0).timerS()).isEqualTo(60.0);
        assertThat(a.pauses()).isEmpty();
        assertThat(a.warnings()).isEmpty();
        Totals t = Totals.of(a);
        assertThat(t.distanceM()).isCloseTo(198.0, within(1e-9));
        assertThat(t.timerS()).isEqualTo(60.0);
        assertThat(a.summary().get(DeviceSummary.TIMER_S)).isEqualTo(60.0);
        assertThat(a.summary().get(DeviceSummary.DISTANCE_M)).isCloseTo(198.0, within(1e-9));
        assertThat(a.summary().get(DeviceSummary.AVG_HR)).isEqualTo(140.0);
    }

    @Test
    void byteOrderMarkAndMissingDeclarationChangeNothing() throws Exception {
        String doc = Docs.tcxRun(5);
        byte[] bom = ("\uFEFF" + doc).getBytes(StandardCharsets.UTF_8);
        assertThat(bom[0] & 0xff).isEqualTo(0xEF);
        String bare = doc.substring(doc.indexOf("<Training"));
        String commented = "<!-- exported -->\n<?producer x?>\n" + bare;
        Activity plain = one(doc);
        for (byte[] variant : List.of(bom, Docs.utf8(bare), Docs.utf8(commented),
                ("\uFEFF" + doc.replace("UTF-8", "UTF-16")).getBytes(StandardCharsets.UTF_16BE))) {
            Activity a = one(variant);
            assertThat(a.streams().time()).containsExactly(plain.streams().time());
            assertThat(a.streams().get(Channel.HEART_RATE_BPM)).containsExactly(plain.streams().get(Channel.HEART_RATE_BPM));
        }
    }

    @Test
    void bytesInvalidInTheEncodingCostNothingAndPrintNothing() throws Exception {
        String doc = Docs.tcxRun(5).replace("Forerunner Test", "Forerunner T\u00e9st");
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream saved = System.err;
        System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            // Declared UTF-8 but written in Latin-1: the é is not valid UTF-8.
            Activity broken = one(doc.getBytes(StandardCharsets.ISO_8859_1));
            assertThat(broken.streams().size()).isEqualTo(5);
            assertThat(broken.device().product()).isEqualTo("Forerunner T\uFFFDst");
            // Declared as what it is: read right.
            Activity latin = one(doc.replace("UTF-8", "ISO-8859-1").getBytes(StandardCharsets.ISO_8859_1));
            assertThat(latin.device().product()).isEqualTo("Forerunner T\u00e9st");
        } finally {
            System.setErr(saved);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void namespacePrefixesDoNotMatter() throws Exception {
        String doc = Docs.tcxRun(5);
        // Every TCX element under a "tc:" prefix, the extension under "ax:" instead of "ns3:".
        String prefixed = doc.replaceAll("<(/?)([A-Z][A-Za-z]*)", "<$1tc:$2")
                .replace("xmlns=", "xmlns:tc=").replace("ns3", "ax");
        // The extension in a default namespace declared on the element itself (connectstats style).
        String inline = doc.replaceAll("<(/?)ns3:", "<$1").replace("<TPX>",
                "<TPX xmlns=\"http://www.garmin.com/xmlschemas/ActivityExtension/v2\">");
        // No namespaces at all.
        String none = doc.replaceAll(" xmlns(:ns3)?=\"[^\"]*\"", "").replace("ns3:", "");
        Activity plain = one(doc);
        for (String variant : List.of(prefixed, inline, none)) {
            assertThat(variant).isNotEqualTo(doc);
            Activity a = one(variant);
            assertThat(a.streams().channels()).isEqualTo(plain.streams().channels());
            assertThat(a.streams().get(Channel.CADENCE_SPM)).containsExactly(plain.streams().get(Channel.CADENCE_SPM));
            assertThat(a.streams().get(Channel.SPEED_M_S)).containsExactly(plain.streams().get(Channel.SPEED_M_S));
        }
    }

    @Test
    void missingHeartRateIsNoChannelNotAnError() throws Exception {
        String doc = Docs.tcxRun(5).replaceAll("<HeartRateBpm><Value>\\d+</Value></HeartRateBpm>", "")
                .replace("<AverageHeartRateBpm><Value>140</Value></AverageHeartRateBpm>", "");
        Activity a = one(doc);
        assertThat(a.streams().has(Channel.HEART_RATE_BPM)).isFalse();
        assertThat(Totals.of(a).avgHeartRateBpm()).isNaN();
        assertThat(a.summary().get(DeviceSummary.AVG_HR)).isNaN();
        assertThat(a.warnings()).isEmpty();
    }

    @Test
    void cadenceOfTheCoreElementFollowsSportAndSize() throws Exception {
        String coreCadence = Docs.tcxRun(5).replaceAll("<ns3:RunCadence>85</ns3:RunCadence>", "")
                .replace("</AltitudeMeters>", "</AltitudeMeters><Cadence>86</Cadence>");
        assertThat(one(coreCadence).streams().get(Channel.CADENCE_SPM)).containsOnly(172.0);

        Activity already = one(coreCadence.replace("<Cadence>86</Cadence>", "<Cadence>172</Cadence>"));
        assertThat(already.streams().get(Channel.CADENCE_SPM)).containsOnly(172.0);
        assertThat(already.warnings()).anyMatch(w -> w.contains("already counts both feet"));

        Activity ride = one(coreCadence.replace("Sport=\"Running\"", "Sport=\"Biking\""));
        assertThat(ride.sport()).isEqualTo("cycling");
        assertThat(ride.streams().get(Channel.CADENCE_SPM)).containsOnly(86.0);
    }

    @Test
    void oddTrackpointsBecomeCountedWarnings() throws Exception {
        String doc = Docs.tcxRun(6)
                .replaceFirst("<Time>2024-05-01T07:00:01Z</Time>", "")
                .replaceFirst("<Time>2024-05-01T07:00:02Z</Time>", "")
                .replaceFirst("<Value>140</Value></HeartRateBpm>", "<Value>1 40</Value></HeartRateBpm>")
                .replaceFirst("<LatitudeDegrees>48.00012", "<LatitudeDegrees>148.00012");
        Activity a = one(doc);
        assertThat(a.streams().size()).isEqualTo(4);
        assertThat(a.streams().get(Channel.HEART_RATE_BPM)[0]).isNaN();
        assertThat(a.streams().get(Channel.LATITUDE_DEG)[2]).isNaN();
        assertThat(a.streams().get(Channel.LONGITUDE_DEG)[2]).isNaN();
        assertThat(a.warnings()).containsExactlyInAnyOrder(
                "trackpoints without a time, skipped: 2",
                "values that are not numbers, left missing: 1 (first: '1 40' in HeartRateBpm/Value)",
                "positions incomplete or out of range, left missing: 1 (first: 148.00012, 11.0)");
    }

    @Test
    void emptyAndTruncatedFiles() throws Exception {
        assertThat(reader.recognizes(new byte[0])).isFalse();
        UnreadableFileException empty = catchThrowableOfType(UnreadableFileException.class,
                () -> reader.read("t.tcx", new byte[0]));
        assertThat(empty.kind()).isEqualTo(UnreadableFileException.Kind.CORRUPT_DATA);
        assertThat(empty.offset()).isEqualTo(1);

        String doc = Docs.tcxRun(40);
        int cut = doc.indexOf("<Time>2024-05-01T07:00:20Z") + 10;
        int line = (int) doc.substring(0, cut).chars().filter(c -> c == '\n').count() + 1;
        Activity kept = one(doc.substring(0, cut));
        assertThat(kept.streams().size()).isEqualTo(20);
        assertThat(kept.warnings()).singleElement().asString()
                .startsWith("the XML breaks off at line " + line + " (").endsWith("); what was read before it is kept");

        String header = doc.substring(0, doc.indexOf("<Track>") + 3);
        UnreadableFileException e = refused(header);
        assertThat(e.kind()).isEqualTo(UnreadableFileException.Kind.CORRUPT_DATA);
        assertThat(e.offset()).isEqualTo(2);
        assertThat(e.getMessage()).startsWith("t.tcx: malformed XML before any trackpoint could be read: ").endsWith("(at line 2)");

        // Broken after the last point: everything is kept, with the warning.
        Activity tail = one(doc.replace("</Lap>", "</Lapp>"));
        assertThat(tail.streams().size()).isEqualTo(40);
        assertThat(tail.warnings()).singleElement().asString().contains("breaks off at line");
        // Broken before the first point: refused.
        UnreadableFileException mismatched = refused(doc.replace("</Id>", "</Idd>"));
        assertThat(mismatched.kind()).isEqualTo(UnreadableFileException.Kind.CORRUPT_DATA);
        assertThat(mismatched.offset()).isEqualTo(2);
    }

    @Test
    void filesWithoutRecordedActivityAreRefusedWithTheirKind() {
        assertThat(refused(Docs.TCX_HEAD + "<Activities><Activity Sport=\"Running\"><Id>2024-05-01T07:00:00Z</Id>"
                + "<Lap StartTime=\"2024-05-01T07:00:00Z\"><TotalTimeSeconds>60</TotalTimeSeconds></Lap>"
                + "</Activity></Activities></TrainingCenterDatabase>").reason())
                .isEqualTo("its activities hold no trackpoint with a time");
        assertThat(refused(Docs.TCX_HEAD + "<Courses><Course><Name>x</Name><Track>" + Docs.trackpoint(0, 1, 1)
                + "</Track></Course></Courses></TrainingCenterDatabase>").reason()).contains("course");
        assertThat(refused(Docs.TCX_HEAD + "<Workouts><Workout Sport=\"Running\"/></Workouts></TrainingCenterDatabase>")
                .kind()).isEqualTo(UnreadableFileException.Kind.NO_ACTIVITY);
        assertThat(refused(Docs.TCX_HEAD + "</TrainingCenterDatabase>").reason()).isEqualTo("a TCX file without any Activity");
    }

    @Test
    void secondTrackInALapMarksAPause() throws Exception {
        StringBuilder first = new StringBuilder();
        StringBuilder second = new StringBuilder();
        for (int s = 0; s <= 5; s++) {
            first.append(Docs.trackpoint(s, 140, 85));
        }
        for (int s = 36; s <= 40; s++) {
            second.append(Docs.trackpoint(s, 140, 85));
        }
        String doc = Docs.TCX_HEAD + "<Activities><Activity Sport=\"Running\"><Lap StartTime=\"" + Docs.time(0) + "\">%s"
                + "<Track>" + first + "</Track><Track>" + second + "</Track></Lap></Activity></Activities>"
                + "</TrainingCenterDatabase>";
        for (String timer : List.of("<TotalTimeSeconds>9.0</TotalTimeSeconds>", "")) {
            Activity a = one(String.format(doc, timer));
            assertThat(a.pauses()).containsExactly(new Pause(5, 36));
            assertThat(Totals.of(a).timerS()).isEqualTo(9.0);
        }
    }

    @Test
    void lapTimerPutsTheStoppedTimeOnTheClockJump() throws Exception {
        // Points 0..50 s and 80..100 s in one Track; the lap's timer says 70 s, so 30 s were stopped.
        StringBuilder pts = new StringBuilder();
        for (int s = 0; s <= 100; s++) {
            if (s <= 50 || s >= 80) {
                pts.append(Docs.trackpoint(s, 140, 85));
            }
        }
        String lap = "<Lap StartTime=\"" + Docs.time(0) + "\"><TotalTimeSeconds>%s</TotalTimeSeconds><Track>" + pts
                + "</Track></Lap>";
        String doc = Docs.TCX_HEAD + "<Activities><Activity Sport=\"Running\">" + lap + "</Activity></Activities>"
                + "</TrainingCenterDatabase>";
        Activity stopped = one(String.format(doc, "70.0"));
        assertThat(stopped.pauses()).containsExactly(new Pause(50, 80));
        assertThat(Totals.of(stopped).timerS()).isEqualTo(70.0);

        // Same points, timer ran throughout (smart recording standing still): no pause.
        Activity ran = one(String.format(doc, "100.0"));
        assertThat(ran.pauses()).isEmpty();
        assertThat(Totals.of(ran).timerS()).isEqualTo(100.0);

        // Timer says 90 s: only 10 s of the 30 s jump were stopped, placed before the resume point.
        assertThat(one(String.format(doc, "90.0")).pauses()).containsExactly(new Pause(70, 80));
    }

    @Test
    void multiSportSessionGivesOneActivityPerSport() throws Exception {
        String ride = "<Activity Sport=\"Biking\"><Id>" + Docs.time(0) + "</Id><Lap StartTime=\"" + Docs.time(0)
                + "\"><Track>" + Docs.trackpoint(0, 120, 80) + Docs.trackpoint(1, 121, 80) + "</Track></Lap></Activity>";
        String run = "<Activity Sport=\"Running\"><Id>" + Docs.time(100) + "</Id><Lap StartTime=\"" + Docs.time(100)
                + "\"><Track>" + Docs.trackpoint(100, 150, 88) + Docs.trackpoint(101, 151, 88) + "</Track></Lap></Activity>";
        String doc = Docs.TCX_HEAD + "<Activities><MultiSportSession><Id>" + Docs.time(0) + "</Id>"
                + "<FirstSport>" + ride + "</FirstSport>"
                + "<NextSport><Transition StartTime=\"" + Docs.time(2) + "\"><TotalTimeSeconds>98</TotalTimeSeconds>"
                + "</Transition>" + run + "</NextSport></MultiSportSession></Activities></TrainingCenterDatabase>";
        List<Activity> read = reader.read("t.tcx", Docs.utf8(doc));
        assertThat(read).extracting(Activity::sport).containsExactly("cycling", "running");
        assertThat(read.get(1).start()).hasToString("2024-05-01T07:01:40Z");
        assertThat(read.get(1).streams().get(Channel.HEART_RATE_BPM)).containsExactly(150.0, 151.0);
    }

    @Test
    void timesWithOffsetsOrWithoutZone() throws Exception {
        String offset = Docs.tcxRun(3).replace("2024-05-01T07:00:02Z", "2024-05-01T09:00:02+02:00");
        assertThat(one(offset).streams().time()).containsExactly(0.0, 1.0, 2.0);
        Activity local = one(Docs.tcxRun(3).replace("Z<", "<").replace("Z\"", "\""));
        assertThat(local.start()).hasToString("2024-05-01T07:00:00Z");
        assertThat(local.warnings()).containsExactly("times carry no time zone; read as UTC");
    }

    @Test
    void unknownSportIsGenericWithANote() throws Exception {
        Activity other = one(Docs.tcxRun(3).replace("Running", "Other"));
        assertThat(other.sport()).isEqualTo("generic");
        assertThat(other.warnings()).isEmpty();
        Activity kayak = one(Docs.tcxRun(3).replace("Running", "Kayaking"));
        assertThat(kayak.sport()).isEqualTo("generic");
        assertThat(kayak.warnings()).containsExactly("sport 'Kayaking' is not one we know; read as generic");
        // Running cadence rule applies only to running: RunCadence is one foot whatever the sport.
        assertThat(kayak.streams().get(Channel.CADENCE_SPM)).containsOnly(170.0);
    }

    @Test
    void recognizesByContentOnly() {
        assertThat(reader.recognizes(Docs.utf8(Docs.tcxRun(2)))).isTrue();
        assertThat(reader.recognizes(Docs.utf8(Docs.gpxRun(2)))).isFalse();
        assertThat(reader.recognizes(Docs.utf8("TrainingCenterDatabase"))).isFalse();
        assertThat(reader.recognizes(Docs.utf8("<kml><TrainingCenterDatabase/></kml>"))).isFalse();
    }
}
