package org.heavylegs.core.activity;

/** The recording device, as named by the file; unknown parts are null. */
public record Device(String manufacturer, String product) {
    public static final Device UNKNOWN = new Device(null, null);
}
