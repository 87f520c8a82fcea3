package org.heavylegs.formats.export;

import java.util.Locale;

/**
 * What a file found in a folder or an export archive is, judged by its name (../shared/EXPORTS.md
 * section 1). Activity files are later recognized by content; the names only decide what to read.
 */
public enum ExportFile {
    /** .fit, .tcx, .gpx, also gzipped. */
    ACTIVITY,
    /** Garmin DI-Connect-Wellness/*_sleepData.json. */
    GARMIN_SLEEP,
    /** Garmin DI-Connect-Wellness/*_healthStatusData.json (nightly HRV). */
    GARMIN_HEALTH_STATUS,
    /** Garmin DI-Connect-Aggregator/UDSFile_*.json (resting HR). */
    GARMIN_DAILY_SUMMARY,
    /** Garmin DI-Connect-Wellness/*_userBioMetrics.json (weight). */
    GARMIN_BIOMETRICS,
    /** Strava's activities.csv (one row per activity, with weather). */
    STRAVA_ACTIVITIES,
    /** Anything else: not read (hidden files and macOS's __MACOSX metadata too). */
    OTHER;

    /** The folder of file metadata that macOS's "Compress" adds to zips. */
    private static final String MAC_METADATA = "__MACOSX/";

    /** Classifies a path ('/' separated, as in a folder or archive). */
    public static ExportFile of(String path) {
        String p = path.replace('\\', '/');
        String name = p.substring(p.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (name.startsWith(".") || p.startsWith(MAC_METADATA) || p.contains("/" + MAC_METADATA)) {
            return OTHER; // hidden files, and the "._run.fit" metadata twins macOS puts into the zips it makes
        }
        String plain = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        if (plain.endsWith(".fit") || plain.endsWith(".tcx") || plain.endsWith(".gpx")) {
            return ACTIVITY;
        }
        if (name.equals("activities.csv")) {
            return STRAVA_ACTIVITIES;
        }
        if (!name.endsWith(".json")) {
            return OTHER;
        }
        if (name.endsWith("sleepdata.json")) {
            return GARMIN_SLEEP;
        }
        if (name.endsWith("healthstatusdata.json")) {
            return GARMIN_HEALTH_STATUS;
        }
        if (name.startsWith("udsfile_")) {
            return GARMIN_DAILY_SUMMARY;
        }
        if (name.endsWith("userbiometrics.json")) {
            return GARMIN_BIOMETRICS;
        }
        return OTHER;
    }

    public boolean isWanted() {
        return this != OTHER;
    }

    /** One of the Garmin wellness JSON kinds ({@link GarminWellness}). */
    public boolean isGarminWellness() {
        return this == GARMIN_SLEEP || this == GARMIN_HEALTH_STATUS || this == GARMIN_DAILY_SUMMARY
                || this == GARMIN_BIOMETRICS;
    }
}
