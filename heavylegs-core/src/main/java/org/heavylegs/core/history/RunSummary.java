package org.heavylegs.core.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Totals;
import org.heavylegs.core.athlete.RunLogEntry;

/**
 * What a history keeps of one activity: its totals and heart-rate distribution, never its streams
 * (3,000 of these fit in a few megabytes). The focus run of a diagnosis carries its own streams.
 * Values not known are NaN.
 *
 * @param source   the activity file as the user named it
 * @param date     the local date of the start in the athlete's time zone
 * @param load     the training load of this activity (see org.heavylegs.core.trend.ActivityLoad), NaN
 *                 until computed or when it cannot be (no heart rate)
 * @param log      the runs.csv row attached to this activity, or null
 * @param metrics  per-run metric values by key (filled by the per-run metrics), insertion-ordered
 */
public record RunSummary(String source, String sport, String subSport, Instant start, LocalDate date,
                         double elapsedS, double timerS, double distanceM, double avgHr, double maxHr,
                         double avgCadenceSpm, HeartRateHistogram heartRate, double load, RunLogEntry log,
                         Map<String, Double> metrics) {

    public RunSummary {
        heartRate = heartRate == null ? HeartRateHistogram.EMPTY : heartRate;
        metrics = metrics == null || metrics.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /** Summarises an activity; its streams are not kept. */
    public static RunSummary of(Activity activity, ZoneId zone) {
        Totals t = Totals.of(activity);
        return new RunSummary(activity.source(), activity.sport(), activity.subSport(), activity.start(),
                activity.start().atZone(zone).toLocalDate(), t.elapsedS(), t.timerS(), t.distanceM(),
                t.avgHeartRateBpm(), t.maxHeartRateBpm(), t.avgCadenceSpm(), HeartRateHistogram.of(activity),
                Double.NaN, null, Map.of());
    }

    /**
     * True for a run: sport "running", or "generic" (files such as many GPX tracks name no sport;
     * in a runner's folder they are taken as runs).
     */
    public boolean isRun() {
        return "running".equals(sport) || "generic".equals(sport);
    }

    /** Average speed over timer time, m/s (NaN when distance or time is unknown). */
    public double speedMPerS() {
        return timerS > 0 ? distanceM / timerS : Double.NaN;
    }

    public RunSummary withLoad(double newLoad) {
        return new RunSummary(source, sport, subSport, start, date, elapsedS, timerS, distanceM, avgHr, maxHr,
                avgCadenceSpm, heartRate, newLoad, log, metrics);
    }

    public RunSummary withLog(RunLogEntry newLog) {
        return new RunSummary(source, sport, subSport, start, date, elapsedS, timerS, distanceM, avgHr, maxHr,
                avgCadenceSpm, heartRate, load, newLog, metrics);
    }

    public RunSummary withMetrics(Map<String, Double> newMetrics) {
        return new RunSummary(source, sport, subSport, start, date, elapsedS, timerS, distanceM, avgHr, maxHr,
                avgCadenceSpm, heartRate, load, log, newMetrics);
    }
}
