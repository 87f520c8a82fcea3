package org.heavylegs.web.view;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.DeviceSummary;
import org.heavylegs.core.activity.Lap;
import org.heavylegs.core.activity.Totals;
import org.heavylegs.core.athlete.RunLogEntry;
import org.heavylegs.core.history.RunLogMatching;
import org.heavylegs.store.StoredActivity;

/** One activity's page: totals (ours and the device's), laps, warnings, channels, charts and its run log. */
public record RunView(long id, String title, String source, String format, String device, int samples,
                      List<Total> totals, List<LapRow> laps, List<String> warnings, List<String> channels,
                      List<Chart> charts, List<LogRow> log, FormView logForm, String start) {

    /** A total as we computed it from the samples, and as the device's own summary says. */
    public record Total(String label, String ours, String device) {
    }

    public record LapRow(int n, String start, String time, String distance, String pace, String avgHr) {
    }

    /** A run-log entry attached to this run, its values written with units. */
    public record LogRow(String source, List<String> values, String notes) {
    }

    public static RunView of(StoredActivity a, ZoneId zone, List<Chart> charts, List<RunLogEntry> allLog, FormView form) {
        var act = a.activity();
        Totals t = a.totals();
        DeviceSummary d = act.summary();
        List<Total> totals = List.of(
                new Total("Distance", Units.km(t.distanceM()), Units.km(d.get(DeviceSummary.DISTANCE_M))),
                new Total("Elapsed time", Units.duration(t.elapsedS()), Units.duration(d.get(DeviceSummary.ELAPSED_S))),
                new Total("Moving (timer) time", Units.duration(t.timerS()), Units.duration(d.get(DeviceSummary.TIMER_S))),
                new Total("cycling".equals(act.sport()) ? "Speed" : "Pace", Units.paceOrSpeed(act.sport(), t.distanceM(), t.timerS()),
                        Units.paceOrSpeed(act.sport(), d.get(DeviceSummary.DISTANCE_M), d.get(DeviceSummary.TIMER_S))),
                new Total("Average heart rate", Units.bpm(t.avgHeartRateBpm()), Units.bpm(d.get(DeviceSummary.AVG_HR))),
                new Total("Maximum heart rate", Units.bpm(t.maxHeartRateBpm()), Units.bpm(d.get(DeviceSummary.MAX_HR))),
                new Total("Average cadence", Units.spm(t.avgCadenceSpm()), Units.spm(d.get(DeviceSummary.AVG_CADENCE_SPM))));
        List<LapRow> laps = new ArrayList<>();
        int n = 1;
        for (Lap l : act.laps()) {
            laps.add(new LapRow(n++, Units.duration(l.startS()), Units.duration(l.timerS()), Units.km(l.distanceM()),
                    Units.paceOrSpeed(act.sport(), l.distanceM(), l.timerS()), Units.bpm(l.avgHeartRateBpm())));
        }
        List<String> channels = new ArrayList<>();
        for (Channel c : a.channels()) {
            String unit = Units.unitOfKey(c.key());
            channels.add(c.key() + (unit.isEmpty() ? "" : " (" + unit + ")"));
        }
        String device = act.device() == null || (act.device().manufacturer() == null && act.device().product() == null)
                ? "unknown device"
                : (nz(act.device().manufacturer()) + " " + nz(act.device().product())).strip();
        String title = Units.dateTime(act.start(), zone) + " · " + RunsView.sport(a);
        return new RunView(a.id(), title, act.source(), act.format().key().toUpperCase(java.util.Locale.ROOT), device,
                a.samples(), totals, laps, act.warnings(), channels, charts, logRows(a, allLog), form,
                act.start().toString());
    }

    /** The entries that belong to this run: matched by start within RunLogMatching's tolerance. */
    static List<LogRow> logRows(StoredActivity a, List<RunLogEntry> all) {
        List<LogRow> out = new ArrayList<>();
        Duration tolerance = RunLogMatching.START_TOLERANCE;
        for (RunLogEntry e : all) {
            if (e.start() == null || Duration.between(e.start(), a.activity().start()).abs().compareTo(tolerance) > 0) {
                continue;
            }
            List<String> v = new ArrayList<>();
            for (Map.Entry<String, Double> x : values(e).entrySet()) {
                if (x.getValue() != null) {
                    v.add(x.getKey());
                }
            }
            out.add(new LogRow(e.source(), v, e.notes()));
        }
        return out;
    }

    private static Map<String, Double> values(RunLogEntry e) {
        Map<String, Double> m = new java.util.LinkedHashMap<>();
        m.put("body mass before " + Units.number(e.preMassKg(), "kg"), e.preMassKg());
        m.put("body mass after " + Units.number(e.postMassKg(), "kg"), e.postMassKg());
        m.put("fluid " + Units.number(e.fluidMl(), "mL"), e.fluidMl());
        m.put("carbohydrate " + Units.number(e.carbsG(), "g"), e.carbsG());
        m.put("sodium " + Units.number(e.sodiumMg(), "mg"), e.sodiumMg());
        m.put("urine " + Units.number(e.urineMl(), "mL"), e.urineMl());
        m.put("RPE " + Units.number(e.rpe(), "/10"), e.rpe());
        m.put("heavy legs " + Units.number(e.heavyLegs(), "/10"), e.heavyLegs());
        m.put("temperature " + Units.number(e.temperatureC(), "°C"), e.temperatureC());
        m.put("humidity " + Units.number(e.humidityPct(), "%"), e.humidityPct());
        m.put("warm-up " + Units.number(e.warmupMin(), "min"), e.warmupMin());
        return m;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
