package org.heavylegs.core.activity;

/** The file format an activity was read from. */
public enum SourceFormat {
    FIT("fit"), TCX("tcx"), GPX("gpx"), SYNTHETIC("synthetic");

    private final String key;

    SourceFormat(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
