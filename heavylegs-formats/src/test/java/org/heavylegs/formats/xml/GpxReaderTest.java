package org.heavylegs.formats.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.DeviceSummary;
import org.heavylegs.core.activity.Pause;
import org.heavylegs.core.activity.SourceFormat;
import org.heavylegs.core.activity.Totals;
import org.heavylegs.formats.UnreadableFileException;
import org.junit.jupiter.api.Test;

class GpxReaderTest {
    private final GpxReader reader = new GpxReader();

    private Activity one(String doc) throws UnreadableFileException {
        byte[] bytes = Docs.utf8(doc);
        assertThat(reader.recognizes(bytes)).isTrue();
        List<Activity> read = reader.read("t.gpx", bytes);
        assertThat(read).hasSize(1);
        return read.get(0);
    }

    private UnreadableFileException refused(String doc) {
        UnreadableFileException e = catchThrowableOfType(UnreadableFileException.class,
                () -> reader.read("t.gpx", Docs.utf8(doc)));
        assertThat(e).isNotNull();
        return e;
    }

    private static String track(String type, String points) {
        return Docs.GPX_HEAD + "<trk>" + (type == null ? "" : "<type>" + type + "</type>") + "<trkseg>" + points
                + "</trkseg></trk></gpx>";
    }

    @Test
    void readsARun() throws Exception {
        Activity a = one(Docs.gpxRun(31));
        assertThat(a.format()).isEqualTo(SourceFormat.GPX);
        assertThat(a.sport()).isEqualTo("running");
        assertThat(a.start()).hasToString("2024-05-01T07:00:00Z");
        assertThat(a.streams().size()).isEqualTo(31);
        assertThat(a.streams().channels()).containsExactly(Channel.ALTITUDE_M, Channel.HEART_RATE_BPM,
                Channel.CADENCE_SPM, Channel.LATITUDE_DEG, Channel.LONGITUDE_DEG);
        // Garmin's cad counts one foot when running.
        assertThat(a.streams().get(Channel.CADENCE_SPM)).containsOnly(170.0);
        assertThat(a.summary()).isSameAs(DeviceSummary.NONE);
        assertThat(a.laps()).isEmpty();
        assertThat(a.pauses()).isEmpty();
        assertThat(a.device().product()).isEqualTo("test");
        assertThat(a.warnings()).isEmpty();
        Totals t = Totals.of(a);
        assertThat(t.distanceM()).isCloseTo(30 * Totals.haversineM(48, 11, 48.00003, 11), within(0.01));
        assertThat(t.avgHeartRateBpm()).isEqualTo(140.0);
        assertThat(t.timerS()).isEqualTo(30.0);
    }

    @Test
    void segmentsArePauses() throws Exception {
        String doc = Docs.GPX_HEAD + "<trk><type>running</type><trkseg>" + Docs.trkpt(0, null) + Docs.trkpt(10, null)
                + "</trkseg><trkseg>" + Docs.trkpt(70, null) + Docs.trkpt(80, null) + "</trkseg>"
                + "<trkseg></trkseg><trkseg>" + Docs.trkpt(80, null) + Docs.trkpt(90, null) + "</trkseg></trk></gpx>";
        Activity a = one(doc);
        assertThat(a.pauses()).containsExactly(new Pause(10, 70));
        assertThat(Totals.of(a).timerS()).isEqualTo(30.0);
    }

    @Test
    void sportComesOnlyFromWhatTheFileStates() throws Exception {
        String pts = Docs.trkpt(0, "<gpxtpx:cad>80</gpxtpx:cad>") + Docs.trkpt(1, "<gpxtpx:cad>80</gpxtpx:cad>");
        assertThat(one(track(null, pts)).sport()).isEqualTo("generic");
        // No guessing from a name.
        Activity named = one(track(null, pts).replace("<trk>", "<trk><name>Morning Run</name>"));
        assertThat(named.sport()).isEqualTo("generic");
        // Not running: cadence kept as written.
        assertThat(named.streams().get(Channel.CADENCE_SPM)).containsOnly(80.0);
        assertThat(one(track("Running", pts)).sport()).isEqualTo("running");
        Activity trail = one(track("trail running", pts));
        assertThat(trail.sport()).isEqualTo("running");
        assertThat(trail.subSport()).isEqualTo("trail");
        assertThat(one(track("cycling", pts)).streams().get(Channel.CADENCE_SPM)).containsOnly(80.0);
        assertThat(one(track("9", pts).replace("creator=\"test\"", "creator=\"StravaGPX iPhone\"")).sport())
                .isEqualTo("running");
        Activity nine = one(track("9", pts));
        assertThat(nine.sport()).isEqualTo("generic");
        assertThat(nine.warnings()).containsExactly("sport '9' is not one we know; read as generic");
    }

    @Test
    void extensionsWhateverTheirPrefix() throws Exception {
        String garmin = track("running", Docs.trkpt(0, "<gpxtpx:hr>150</gpxtpx:hr><gpxtpx:atemp>24.5</gpxtpx:atemp>"));
        String ns3 = garmin.replace("gpxtpx", "ns3");
        String unprefixed = garmin.replace("gpxtpx:", "").replace("<TrackPointExtension>",
                "<TrackPointExtension xmlns=\"http://www.garmin.com/xmlschemas/TrackPointExtension/v2\">");
        for (String doc : List.of(garmin, ns3, unprefixed)) {
            Activity a = one(doc);
            assertThat(a.streams().get(Channel.HEART_RATE_BPM)).containsExactly(150.0);
            assertThat(a.streams().get(Channel.DEVICE_TEMPERATURE_C)).containsExactly(24.5);
        }
        String power = Docs.GPX_HEAD + "<trk><trkseg><trkpt lat=\"48\" lon=\"11\"><time>" + Docs.time(0)
                + "</time><extensions><power>250</power><gpxdata:hr xmlns:gpxdata=\"http://www.cluetrust.com/XML/GPXDATA/1/0\">"
                + "133</gpxdata:hr></extensions></trkpt></trkseg></trk></gpx>";
        Activity a = one(power);
        assertThat(a.streams().get(Channel.POWER_W)).containsExactly(250.0);
        assertThat(a.streams().get(Channel.HEART_RATE_BPM)).containsExactly(133.0);
    }

    @Test
    void gpx10SpeedAndNoExtensions() throws Exception {
        String doc = "<gpx version=\"1.0\" xmlns=\"http://www.topografix.com/GPX/1/0\"><trk><trkseg>"
                + "<trkpt lat=\"48\" lon=\"11\"><ele>500</ele><time>" + Docs.time(0) + "</time><speed>3.1</speed></trkpt>"
                + "<trkpt lat=\"48.0001\" lon=\"11\"><time>" + Docs.time(3) + "</time><speed>3.2</speed></trkpt>"
                + "</trkseg></trk></gpx>";
        Activity a = one(doc);
        assertThat(a.streams().get(Channel.SPEED_M_S)).containsExactly(3.1, 3.2);
        assertThat(a.device()).isEqualTo(org.heavylegs.core.activity.Device.UNKNOWN);
        assertThat(Totals.of(a).avgHeartRateBpm()).isNaN();
    }

    @Test
    void oddPointsBecomeCountedWarnings() throws Exception {
        String pts = Docs.trkpt(0, null) + Docs.trkpt(1, null).replaceAll("<time>[^<]*</time>", "")
                + Docs.trkpt(2, null).replace("<ele>500</ele>", "<ele>5OO</ele>")
                + Docs.trkpt(3, null).replaceFirst("lon=\"11.0\"", "")
                + Docs.trkpt(4, null);
        Activity a = one(track("running", pts));
        assertThat(a.streams().size()).isEqualTo(4);
        assertThat(a.streams().get(Channel.ALTITUDE_M)[1]).isNaN();
        assertThat(a.streams().get(Channel.LATITUDE_DEG)[2]).isNaN();
        assertThat(a.warnings()).containsExactlyInAnyOrder(
                "trackpoints without a time, skipped: 1",
                "values that are not numbers, left missing: 1 (first: '5OO' in trkpt/ele)",
                "positions incomplete or out of range, left missing: 1 (first: 48.00009, NaN)");
    }

    @Test
    void plansAndEmptyTracksAreRefused() {
        UnreadableFileException route = refused(Docs.GPX_HEAD + "<rte><rtept lat=\"48\" lon=\"11\"><time>" + Docs.time(0)
                + "</time></rtept></rte></gpx>");
        assertThat(route.kind()).isEqualTo(UnreadableFileException.Kind.NO_ACTIVITY);
        assertThat(route.reason()).contains("route");
        assertThat(refused(Docs.GPX_HEAD + "<wpt lat=\"48\" lon=\"11\"/></gpx>").reason()).contains("waypoints");
        assertThat(refused(track("running", "")).reason()).isEqualTo("its tracks hold no point with a time");
        assertThat(refused(track("running", Docs.trkpt(0, null).replaceAll("<time>[^<]*</time>", ""))).reason())
                .isEqualTo("its tracks hold no point with a time");
        assertThat(refused(Docs.GPX_HEAD + "</gpx>").reason()).isEqualTo("a GPX without any track");
    }

    @Test
    void truncatedGpxKeepsWhatWasRead() throws Exception {
        String doc = Docs.gpxRun(30);
        Activity a = one(doc.substring(0, doc.indexOf(Docs.time(10)) + 5));
        assertThat(a.streams().size()).isEqualTo(10);
        assertThat(a.warnings()).singleElement().asString().startsWith("the XML breaks off at line 13 (");
        UnreadableFileException e = refused(doc.substring(0, doc.indexOf("<trkseg>")));
        assertThat(e.kind()).isEqualTo(UnreadableFileException.Kind.CORRUPT_DATA);
        assertThat(e.offset()).isEqualTo(2);
    }

    @Test
    void everyTrackIsAnActivity() throws Exception {
        String doc = Docs.GPX_HEAD + "<trk><type>cycling</type><trkseg>" + Docs.trkpt(0, null) + "</trkseg></trk>"
                + "<trk><type>running</type><trkseg>" + Docs.trkpt(100, null) + "</trkseg></trk></gpx>";
        assertThat(reader.read("t.gpx", Docs.utf8(doc))).extracting(Activity::sport).containsExactly("cycling", "running");
    }
}
