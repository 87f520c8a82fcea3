package org.heavylegs.formats.xml;

import javax.xml.stream.XMLStreamReader;
import org.heavylegs.core.activity.Channel;

/**
 * Reads the elements of a TCX document (Garmin TrainingCenterDatabase v2) by local name and
 * position: Activity (also inside MultiSportSession), Lap with its totals and Garmin's LX
 * extension, Track, Trackpoint with its values and Garmin's TPX extension (Speed, RunCadence,
 * Watts), the activity's Id and Creator. Anything else is passed over.
 */
final class TcxHandler extends RecordingHandler<TcxActivity> {
    private TcxLap lap;
    boolean sawCourse;
    boolean sawWorkout;
    boolean sawHistory;

    @Override
    public void start(ElementPath path, XMLStreamReader r) {
        switch (path.name()) {
            case "Activity" -> {
                current = new TcxActivity(r.getAttributeValue(null, "Sport"));
                lap = null;
            }
            case "Lap" -> {
                if (current != null) {
                    String startTime = r.getAttributeValue(null, "StartTime");
                    lap = current.beginLap(startTime == null ? Double.NaN : current.notes.time(startTime.trim(), "Lap/@StartTime"));
                }
            }
            case "Track" -> {
                if (current != null) {
                    current.recording.beginSegment();
                }
            }
            case "Trackpoint" -> {
                if (current != null) {
                    current.recording.beginPoint();
                }
            }
            case "Course" -> sawCourse = true;
            case "Workout" -> sawWorkout = true;
            case "History" -> sawHistory = true;
            default -> {
                // nothing to do when it opens
            }
        }
    }

    @Override
    public void end(ElementPath path, String text) {
        if (current == null) {
            return;
        }
        Recording rec = current.recording;
        if (rec.inPoint()) {
            point(path, text, rec);
        } else if (lap != null && path.within("Lap")) {
            lap(path, text);
        } else if (path.is("Activity", "Id")) {
            current.idEpochS = current.notes.time(text, "Activity/Id");
        } else if (path.is("Creator", "Name") && path.grandparent().equals("Activity")) {
            current.creatorName = text.isEmpty() ? null : text;
        } else if (path.name().equals("Activity")) {
            close();
        }
    }

    private void point(ElementPath path, String text, Recording rec) {
        String name = path.name();
        String parent = path.parent();
        switch (name) {
            case "Trackpoint" -> rec.endPoint();
            case "Time" -> rec.time(current.notes.time(text, "Trackpoint/Time"));
            case "LatitudeDegrees" -> rec.set(Channel.LATITUDE_DEG, number(text, path));
            case "LongitudeDegrees" -> rec.set(Channel.LONGITUDE_DEG, number(text, path));
            case "AltitudeMeters" -> rec.set(Channel.ALTITUDE_M, number(text, path));
            case "DistanceMeters" -> rec.set(Channel.DISTANCE_M, number(text, path));
            case "Value" -> {
                if (parent.equals("HeartRateBpm")) {
                    rec.set(Channel.HEART_RATE_BPM, number(text, path));
                }
            }
            case "Cadence" -> rec.cadenceOfUnknownUnit(number(text, path));
            case "Speed" -> rec.set(Channel.SPEED_M_S, number(text, path));
            case "RunCadence" -> rec.perLegCadence(number(text, path));
            case "Watts" -> rec.set(Channel.POWER_W, number(text, path));
            default -> {
                // other trackpoint content (SensorState, unknown extensions) is not used
            }
        }
    }

    private void lap(ElementPath path, String text) {
        String name = path.name();
        String parent = path.parent();
        switch (name) {
            case "Lap" -> lap = null;
            case "TotalTimeSeconds" -> lap.timerS = number(text, path);
            case "DistanceMeters" -> lap.distanceM = number(text, path);
            case "Calories" -> lap.kcal = number(text, path);
            case "Cadence" -> lap.cadence = number(text, path);
            case "Value" -> {
                if (parent.equals("AverageHeartRateBpm")) {
                    lap.avgHeartRateBpm = number(text, path);
                } else if (parent.equals("MaximumHeartRateBpm")) {
                    lap.maxHeartRateBpm = number(text, path);
                }
            }
            case "AvgSpeed" -> lap.avgSpeedMS = number(text, path);
            case "AvgRunCadence" -> lap.avgRunCadence = number(text, path);
            case "AvgWatts" -> lap.avgWatts = number(text, path);
            default -> {
                // MaximumSpeed, Intensity, TriggerMethod, Notes, Steps...: not used
            }
        }
    }
}
