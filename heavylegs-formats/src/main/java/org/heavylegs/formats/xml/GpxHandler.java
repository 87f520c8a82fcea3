package org.heavylegs.formats.xml;

import java.util.Locale;
import javax.xml.stream.XMLStreamReader;
import org.heavylegs.core.activity.Channel;

/**
 * Reads the elements of a GPX 1.0 or 1.1 document by local name and position: trk (type),
 * trkseg, trkpt (lat, lon, ele, time, GPX 1.0 speed) and the values of common extensions, whatever
 * their prefix: Garmin TrackPointExtension v1/v2 (hr, cad, atemp, speed), Cluetrust gpxdata
 * (heartrate, cadence, temp) and plain power/watts elements (Strava and others).
 */
final class GpxHandler extends RecordingHandler<GpxTrack> {
    String creator;
    boolean sawRoute;
    boolean sawWaypoint;

    @Override
    public void start(ElementPath path, XMLStreamReader r) {
        switch (path.name()) {
            case "gpx" -> {
                if (path.depth() == 1) {
                    creator = r.getAttributeValue(null, "creator");
                }
            }
            case "trk" -> current = new GpxTrack();
            case "trkseg" -> {
                if (current != null) {
                    current.recording.beginSegment();
                }
            }
            case "trkpt" -> {
                if (current != null) {
                    current.recording.beginPoint();
                    current.recording.set(Channel.LATITUDE_DEG, attribute(r, "lat"));
                    current.recording.set(Channel.LONGITUDE_DEG, attribute(r, "lon"));
                }
            }
            case "rte" -> sawRoute = true;
            case "wpt" -> sawWaypoint = true;
            default -> {
                // nothing to do when it opens
            }
        }
    }

    private double attribute(XMLStreamReader r, String name) {
        String v = r.getAttributeValue(null, name);
        return v == null ? Double.NaN : current.notes.number(v.trim(), "trkpt/@" + name);
    }

    @Override
    public void end(ElementPath path, String text) {
        if (current == null) {
            return;
        }
        Recording rec = current.recording;
        if (rec.inPoint()) {
            point(path, text, rec);
        } else if (path.is("trk", "type")) {
            current.type = text;
        } else if (path.name().equals("trk")) {
            close();
        }
    }

    private void point(ElementPath path, String text, Recording rec) {
        String name = path.name();
        if (name.equals("trkpt")) {
            rec.endPoint();
        } else if (path.parent().equals("trkpt")) {
            switch (name) {
                case "time" -> rec.time(current.notes.time(text, "trkpt/time"));
                case "ele" -> rec.set(Channel.ALTITUDE_M, number(text, path));
                case "speed" -> rec.set(Channel.SPEED_M_S, number(text, path));
                default -> {
                    // course, sat, hdop, name...: not used
                }
            }
        } else if (path.within("extensions")) {
            extension(path, text, rec);
        }
    }

    private void extension(ElementPath path, String text, Recording rec) {
        switch (path.name().toLowerCase(Locale.ROOT)) {
            case "hr", "heartrate" -> rec.set(Channel.HEART_RATE_BPM, number(text, path));
            case "cad", "cadence" -> rec.cadenceOfUnknownUnit(number(text, path));
            // Garmin writes the watch's own sensor as atemp; it reads above the air (see Channel).
            case "atemp", "temp" -> rec.set(Channel.DEVICE_TEMPERATURE_C, number(text, path));
            case "power", "powerinwatts", "watts" -> rec.set(Channel.POWER_W, number(text, path));
            case "speed" -> rec.set(Channel.SPEED_M_S, number(text, path));
            default -> {
                // course, depth, wtemp and unknown extensions: not used
            }
        }
    }
}
