package org.heavylegs.formats.xml;

import java.util.Locale;
import java.util.Map;

/**
 * Sport and sub-sport names (lower case, as in the FIT profile) from what TCX and GPX files say.
 * Only what the file states is used; a name or description such as "Morning Run" is never taken
 * as a sport. What we do not know becomes "generic" with a note.
 */
final class SportNames {

    /** A sport and sub-sport pair. */
    record Sport(String sport, String subSport) {
        static final Sport GENERIC = new Sport("generic", "generic");
    }

    /** TCX's Sport attribute has three values in the schema (Running, Biking, Other). */
    private static final Map<String, Sport> TCX = Map.of(
            "running", new Sport("running", "generic"),
            "biking", new Sport("cycling", "generic"),
            "other", Sport.GENERIC);

    /** Free-text activity types seen in TCX and GPX files, normalised to lower case with '_'. */
    private static final Map<String, Sport> TEXT = Map.ofEntries(
            Map.entry("running", new Sport("running", "generic")),
            Map.entry("run", new Sport("running", "generic")),
            Map.entry("street_running", new Sport("running", "street")),
            Map.entry("trail_running", new Sport("running", "trail")),
            Map.entry("trail_run", new Sport("running", "trail")),
            Map.entry("treadmill_running", new Sport("running", "treadmill")),
            Map.entry("track_running", new Sport("running", "track")),
            Map.entry("virtual_run", new Sport("running", "virtual_activity")),
            Map.entry("cycling", new Sport("cycling", "generic")),
            Map.entry("biking", new Sport("cycling", "generic")),
            Map.entry("ride", new Sport("cycling", "generic")),
            Map.entry("road_biking", new Sport("cycling", "road")),
            Map.entry("mountain_biking", new Sport("cycling", "mountain")),
            Map.entry("walking", new Sport("walking", "generic")),
            Map.entry("walk", new Sport("walking", "generic")),
            Map.entry("hiking", new Sport("hiking", "generic")),
            Map.entry("hike", new Sport("hiking", "generic")),
            Map.entry("swimming", new Sport("swimming", "generic")),
            Map.entry("other", Sport.GENERIC),
            Map.entry("generic", Sport.GENERIC));

    /**
     * Strava's older GPX exports ({@code creator="StravaGPX ..."}) write the activity type as a
     * number; {@code 9} is a run (example export quoted in github.com/cpfair/tapiriik issue 574).
     * Other numbers are not documented, so they stay generic.
     */
    private static final String STRAVA_RUN_TYPE = "9";

    private SportNames() {
    }

    /** From TCX's Activity/@Sport; null or empty gives generic. */
    static Sport tcx(String attribute, ReadNotes notes) {
        if (attribute == null || attribute.isBlank()) {
            return Sport.GENERIC;
        }
        Sport s = TCX.get(attribute.trim().toLowerCase(Locale.ROOT));
        return s != null ? s : text(attribute, notes);
    }

    /** From GPX's trk/type; null or empty gives generic. */
    static Sport gpx(String type, String creator, ReadNotes notes) {
        if (type == null || type.isBlank()) {
            return Sport.GENERIC;
        }
        if (type.trim().equals(STRAVA_RUN_TYPE) && creator != null && creator.startsWith("StravaGPX")) {
            return TEXT.get("running");
        }
        return text(type, notes);
    }

    private static Sport text(String value, ReadNotes notes) {
        String key = value.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
        Sport s = TEXT.get(key);
        if (s == null) {
            notes.note("sport '" + value.trim() + "' is not one we know; read as generic");
            return Sport.GENERIC;
        }
        return s;
    }
}
