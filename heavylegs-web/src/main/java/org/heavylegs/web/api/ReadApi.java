package org.heavylegs.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.heavylegs.core.athlete.RunLogEntry;
import org.heavylegs.core.history.RunLogMatching;
import org.heavylegs.store.StoredActivity;
import org.heavylegs.web.Services;
import org.heavylegs.web.data.AthleteSnapshot;
import org.heavylegs.web.input.ProfileInput;

/** GET /api/diagnosis, /api/runs, /api/runs/{id}, /api/profile (docs/api.md). */
public final class ReadApi {

    private final Services services;

    public ReadApi(Services services) {
        this.services = services;
    }

    public void diagnosis(Context ctx) {
        AthleteSnapshot s = services.snapshot();
        LocalDate asked = Services.asOf(ctx.queryParam("as_of"));
        LocalDate asOf = asked != null ? asked : s.defaultAsOf(services.today());
        send(ctx, 200, org.heavylegs.report.diagnosis.DiagnosisJson.toNode(services.diagnose(s, asOf)));
    }

    public void runs(Context ctx) {
        AthleteSnapshot s = services.snapshot();
        ObjectNode o = Json.object();
        o.put("zone", s.data().zone().getId());
        ArrayNode runs = o.putArray("runs");
        List<StoredActivity> list = s.activities();
        for (int i = list.size() - 1; i >= 0; i--) {
            runs.add(RecordJson.run(list.get(i), s.data().zone()));
        }
        send(ctx, 200, o);
    }

    public void run(Context ctx) {
        AthleteSnapshot s = services.snapshot();
        StoredActivity a = services.activity(s, ctx.pathParam("id"));
        List<RunLogEntry> log = s.data().runLog().stream()
                .filter(e -> e.start() != null && Duration.between(e.start(), a.activity().start()).abs()
                        .compareTo(RunLogMatching.START_TOLERANCE) <= 0)
                .toList();
        boolean samples = "true".equals(ctx.queryParam("samples"));
        send(ctx, 200, RecordJson.runDetail(a, s.data().zone(), log, samples ? s.withSamples(a).streams() : null));
    }

    public void profile(Context ctx) {
        AthleteSnapshot s = services.snapshot();
        ObjectNode o = Json.object();
        Json.text(o, "saved_at", Json.instant(s.profileSaved()));
        ObjectNode fields = o.putObject("fields");
        ProfileInput.fields(s.data().athlete()).fields().forEach((k, v) -> {
            if (ProfileInput.LIST_FIELDS.contains(k)) {
                fields.set(k, Json.strings(v));
            } else {
                fields.put(k, v.get(0));
            }
        });
        send(ctx, 200, o);
    }

    static void send(Context ctx, int status, ObjectNode body) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(Json.write(body));
    }
}
