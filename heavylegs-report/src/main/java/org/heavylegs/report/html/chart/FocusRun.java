package org.heavylegs.report.html.chart;

import java.util.List;
import org.heavylegs.core.activity.Streams;

/**
 * The focus run as the charts need it: its streams (speed, heart rate, cadence, ground contact
 * time are drawn when present; time is seconds since start) and the windows the metrics marked
 * (the warm-up window, the late window where fade was measured).
 *
 * @param file the file name to show
 */
public record FocusRun(String file, Streams streams, List<RunWindow> windows) {
    public FocusRun {
        windows = List.copyOf(windows);
    }
}
