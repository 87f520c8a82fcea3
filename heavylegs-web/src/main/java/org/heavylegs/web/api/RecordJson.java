package org.heavylegs.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.heavylegs.core.activity.Activity;
import org.heavylegs.core.activity.Channel;
import org.heavylegs.core.activity.Lap;
import org.heavylegs.core.activity.Streams;
import org.heavylegs.core.activity.Totals;
import org.heavylegs.core.athlete.LabValue;
import org.heavylegs.core.athlete.RunLogEntry;
import org.heavylegs.core.athlete.WellnessDay;
import org.heavylegs.store.StoredActivity;
import org.heavylegs.store.imports.ImportReport;

/** JSON of the stored records, with the key names of `inspect --json` and of the athlete folder files. */
final class RecordJson {

    private RecordJson() {
    }

    /** One activity's summary (the keys of DESIGN.md 2.4 where they exist). */
    static ObjectNode run(StoredActivity s, ZoneId zone) {
        Activity a = s.activity();
        Totals t = s.totals();
        ObjectNode o = Json.object();
        o.put("id", s.id());
        o.put("file", a.source());
        o.put("format", a.format().key());
        o.put("sport", a.sport());
        o.put("sub_sport", a.subSport());
        o.put("start", a.start().toString());
        o.put("date", a.start().atZone(zone).toLocalDate().toString());
        Json.num(o, "elapsed_s", t.elapsedS());
        Json.num(o, "timer_s", t.timerS());
        Json.num(o, "distance_m", t.distanceM());
        Json.num(o, "pace_s_per_km", t.distanceM() >= 1 ? t.timerS() / t.distanceM() * 1000 : Double.NaN);
        Json.num(o, "avg_hr", t.avgHeartRateBpm());
        Json.num(o, "max_hr", t.maxHeartRateBpm());
        Json.num(o, "avg_cadence_spm", t.avgCadenceSpm());
        o.put("samples", s.samples());
        ArrayNode ch = o.putArray("channels");
        s.channels().forEach(c -> ch.add(c.key()));
        ObjectNode dev = o.putObject("device");
        Json.text(dev, "manufacturer", a.device() == null ? null : a.device().manufacturer());
        Json.text(dev, "product", a.device() == null ? null : a.device().product());
        return o;
    }

    /** The summary plus laps, warnings, the device's own totals and the run-log entries given. */
    static ObjectNode runDetail(StoredActivity s, ZoneId zone, List<RunLogEntry> log, Streams samples) {
        ObjectNode o = run(s, zone);
        ObjectNode summary = o.putObject("device_summary");
        s.activity().summary().asMap().forEach((k, v) -> Json.num(summary, k, v));
        ArrayNode laps = o.putArray("laps");
        for (Lap l : s.activity().laps()) {
            ObjectNode x = laps.addObject();
            Json.num(x, "start_s", l.startS());
            Json.num(x, "elapsed_s", l.elapsedS());
            Json.num(x, "timer_s", l.timerS());
            Json.num(x, "distance_m", l.distanceM());
            Json.num(x, "avg_hr", l.avgHeartRateBpm());
        }
        o.set("warnings", Json.strings(s.activity().warnings()));
        ArrayNode entries = o.putArray("run_log");
        log.forEach(e -> entries.add(runLog(e)));
        if (samples != null) {
            ObjectNode cols = o.putObject("streams");
            cols.set("time_s", column(samples.time()));
            for (Channel c : samples.channels()) {
                cols.set(c.key(), column(samples.get(c)));
            }
        }
        return o;
    }

    private static ArrayNode column(double[] v) {
        ArrayNode a = Json.array();
        for (double x : v) {
            if (Double.isFinite(x)) {
                a.add(x);
            } else {
                a.addNull();
            }
        }
        return a;
    }

    static ObjectNode runLog(RunLogEntry e) {
        ObjectNode o = Json.object();
        o.put("date", e.date().toString());
        Json.text(o, "start", Json.instant(e.start()));
        Json.num(o, "pre_mass_kg", e.preMassKg());
        Json.num(o, "post_mass_kg", e.postMassKg());
        Json.num(o, "fluid_ml", e.fluidMl());
        Json.num(o, "carbs_g", e.carbsG());
        Json.num(o, "sodium_mg", e.sodiumMg());
        Json.num(o, "urine_ml", e.urineMl());
        Json.num(o, "rpe", e.rpe());
        Json.num(o, "heavy_legs", e.heavyLegs());
        Json.num(o, "temperature_c", e.temperatureC());
        Json.num(o, "humidity_pct", e.humidityPct());
        Json.num(o, "warmup_min", e.warmupMin());
        Json.text(o, "notes", e.notes());
        return o;
    }

    static ObjectNode wellness(WellnessDay d) {
        ObjectNode o = Json.object();
        o.put("date", d.date().toString());
        Json.num(o, "resting_hr", d.restingHr());
        Json.num(o, "hrv_rmssd_ms", d.hrvRmssdMs());
        Json.num(o, "sleep_h", d.sleepH());
        Json.num(o, "body_mass_kg", d.bodyMassKg());
        Json.num(o, "soreness", d.soreness());
        Json.num(o, "fatigue", d.fatigue());
        Json.num(o, "stress", d.stress());
        Json.num(o, "motivation", d.motivation());
        Json.num(o, "heavy_legs", d.heavyLegs());
        return o;
    }

    static ObjectNode lab(LabValue v) {
        ObjectNode o = Json.object();
        o.put("date", v.date().toString());
        o.put("test", v.test().key());
        Json.num(o, "value", v.value());
        o.put("unit", v.test().canonicalUnit());
        Json.num(o, "given_value", v.givenValue());
        o.put("given_unit", v.givenUnit());
        return o;
    }

    static ObjectNode importReport(String name, ImportReport r) {
        ObjectNode o = Json.object();
        o.put("name", name);
        o.put("files_imported", r.filesImported());
        o.put("activities", r.activities());
        o.put("wellness_days", r.wellnessDays());
        o.put("run_log_records", r.runLogRecords());
        o.put("duplicates", r.duplicates());
        o.put("ignored", r.ignored());
        ArrayNode refused = o.putArray("refused");
        for (ImportReport.Refusal x : r.refused()) {
            refused.addObject().put("name", x.name()).put("reason", x.reason());
        }
        o.set("warnings", Json.strings(r.warnings()));
        o.put("bytes_read", r.bytesRead());
        o.put("elapsed_s", r.elapsed().toMillis() / 1000.0);
        return o;
    }

    static ObjectNode map(Map<String, String> m) {
        ObjectNode o = Json.object();
        m.forEach(o::put);
        return o;
    }
}
