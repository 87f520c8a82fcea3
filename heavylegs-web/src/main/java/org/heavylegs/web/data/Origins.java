package org.heavylegs.web.data;

/** The store origin of everything entered in the dashboard, so it never mixes with files and exports. */
public final class Origins {

    /** Wellness days, run-log entries, lab values and the profile entered in `heavylegs serve`. */
    public static final String DASHBOARD = "dashboard";

    private Origins() {
    }
}
