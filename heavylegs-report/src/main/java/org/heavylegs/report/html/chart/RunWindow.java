package org.heavylegs.report.html.chart;

/**
 * A stretch of the focus run that a metric looked at, in seconds since the run's start.
 *
 * @param kind   what it is, which sets its colour and legend entry
 * @param fromS  start, seconds since the run's start
 * @param toS    end, seconds since the run's start
 */
public record RunWindow(Kind kind, double fromS, double toS) {
    /** The windows the report knows how to draw. */
    public enum Kind {
        WARMUP("warm-up window"), LATE_FADE("late-fade window");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public RunWindow {
        if (!(toS > fromS)) {
            throw new IllegalArgumentException("window must end after it starts: " + fromS + " to " + toS);
        }
    }
}
