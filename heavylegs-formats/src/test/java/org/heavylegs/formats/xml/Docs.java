package org.heavylegs.formats.xml;

import java.nio.charset.StandardCharsets;

/** Small hand-written TCX and GPX documents for tests. */
final class Docs {
    private Docs() {
    }

    static final String GPX_HEAD = "<gpx version=\"1.1\" creator=\"test\" xmlns=\"http://www.topografix.com/GPX/1/1\""
            + " xmlns:gpxtpx=\"http://www.garmin.com/xmlschemas/TrackPointExtension/v1\">";

    /** A GPX point at second {@code s} past 2024-05-01T07:00:00Z, moving north, with HR and cadence. */
    static String trkpt(int s, String extensions) {
        return "<trkpt lat=\"" + (48.0 + s * 0.00003) + "\" lon=\"11.0\"><ele>500</ele>"
                + "<time>" + time(s) + "</time>"
                + (extensions == null ? "" : "<extensions><gpxtpx:TrackPointExtension>" + extensions
                + "</gpxtpx:TrackPointExtension></extensions>")
                + "</trkpt>";
    }

    /** A running GPX of {@code n} points one second apart with hr 140 and cad 85 (one foot). */
    static String gpxRun(int n) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n").append(GPX_HEAD)
                .append("<trk><type>running</type><trkseg>\n");
        for (int s = 0; s < n; s++) {
            b.append(trkpt(s, "<gpxtpx:hr>140</gpxtpx:hr><gpxtpx:cad>85</gpxtpx:cad>")).append('\n');
        }
        return b.append("</trkseg></trk></gpx>\n").toString();
    }

    static final String TCX_HEAD = "<TrainingCenterDatabase xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\""
            + " xmlns:ns3=\"http://www.garmin.com/xmlschemas/ActivityExtension/v2\">";

    static String trackpoint(int s, int hr, int runCadence) {
        return "<Trackpoint><Time>" + time(s) + "</Time>"
                + "<Position><LatitudeDegrees>" + (48.0 + s * 0.00003) + "</LatitudeDegrees>"
                + "<LongitudeDegrees>11.0</LongitudeDegrees></Position>"
                + "<AltitudeMeters>500</AltitudeMeters><DistanceMeters>" + (s * 3.3) + "</DistanceMeters>"
                + "<HeartRateBpm><Value>" + hr + "</Value></HeartRateBpm>"
                + "<Extensions><ns3:TPX><ns3:Speed>3.3</ns3:Speed><ns3:RunCadence>" + runCadence
                + "</ns3:RunCadence></ns3:TPX></Extensions></Trackpoint>\n";
    }

    /** A running TCX with one lap of {@code n} points one second apart, no pauses. */
    static String tcxRun(int n) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n").append(TCX_HEAD)
                .append("<Activities><Activity Sport=\"Running\"><Id>").append(time(0)).append("</Id>")
                .append("<Lap StartTime=\"").append(time(0)).append("\"><TotalTimeSeconds>").append(n - 1)
                .append("</TotalTimeSeconds><DistanceMeters>").append((n - 1) * 3.3)
                .append("</DistanceMeters><AverageHeartRateBpm><Value>140</Value></AverageHeartRateBpm>")
                .append("<Track>\n");
        for (int s = 0; s < n; s++) {
            b.append(trackpoint(s, 140, 85));
        }
        return b.append("</Track></Lap><Creator><Name>Forerunner Test</Name></Creator></Activity></Activities>")
                .append("</TrainingCenterDatabase>\n").toString();
    }

    static String time(int s) {
        return java.time.Instant.parse("2024-05-01T07:00:00Z").plusSeconds(s).toString();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
