package org.heavylegs.core.history;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/** Run summaries for tests, without files. */
public final class TestRuns {
    private TestRuns() {
    }

    /** A run starting at 07:00 UTC on {@code date}. */
    public static RunSummary run(LocalDate date, double minutes, double km, double avgHr, double cadence) {
        return new RunSummary("test/" + date + ".fit", "running", "generic", date.atTime(7, 0).toInstant(ZoneOffset.UTC),
                date, minutes * 60, minutes * 60, km * 1000, avgHr, avgHr + 15, cadence,
                Double.isFinite(avgHr) ? HeartRateHistogram.constant(avgHr, minutes * 60) : HeartRateHistogram.EMPTY,
                Double.NaN, null, Map.of());
    }
}
