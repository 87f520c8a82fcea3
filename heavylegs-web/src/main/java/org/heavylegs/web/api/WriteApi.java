package org.heavylegs.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.heavylegs.core.athlete.LabValue;
import org.heavylegs.core.athlete.RunLogEntry;
import org.heavylegs.core.athlete.WellnessDay;
import org.heavylegs.store.StoredActivity;
import org.heavylegs.web.HttpError;
import org.heavylegs.web.Services;
import org.heavylegs.web.UploadRequests;
import org.heavylegs.web.data.AthleteSnapshot;
import org.heavylegs.web.input.Checked;
import org.heavylegs.web.input.LabInput;
import org.heavylegs.web.input.ProfileInput;
import org.heavylegs.web.input.RunLogInput;
import org.heavylegs.web.input.Submission;
import org.heavylegs.web.input.WellnessInput;
import org.heavylegs.web.view.UploadView;

/**
 * POST /api/wellness, /api/runs/{id}/log, /api/runlog, /api/labs, /api/profile (JSON objects with the
 * column names of the athlete folder files) and /api/uploads (docs/api.md). A rejected object gets
 * 400 with the reason per field.
 */
public final class WriteApi {

    private final Services services;

    public WriteApi(Services services) {
        this.services = services;
    }

    public void wellness(Context ctx) {
        Checked<WellnessDay> c = WellnessInput.check(body(ctx), services.today());
        require(c);
        services.writes().wellness(c.value());
        saved(ctx, RecordJson.wellness(c.value()), c);
    }

    public void runLogOfRun(Context ctx) {
        AthleteSnapshot s = services.snapshot();
        StoredActivity a = services.activity(s, ctx.pathParam("id"));
        Submission sent = body(ctx);
        if (sent.first("start") != null) {
            throw HttpError.badRequest("start: not to be given here; the run's own start is used");
        }
        Checked<RunLogEntry> c = RunLogInput.check(sent.with("start", a.activity().start().toString()), s.data().zone(),
                services.today());
        require(c);
        services.writes().runLog(c.value(), a);
        ObjectNode saved = RecordJson.runLog(c.value());
        saved.put("run_id", a.id());
        saved(ctx, saved, c);
    }

    public void runLog(Context ctx) {
        AthleteSnapshot s = services.snapshot();
        Checked<RunLogEntry> c = RunLogInput.check(body(ctx), s.data().zone(), services.today());
        require(c);
        services.writes().runLog(c.value(), null);
        saved(ctx, RecordJson.runLog(c.value()), c);
    }

    public void lab(Context ctx) {
        Checked<LabValue> c = LabInput.check(body(ctx), services.today());
        require(c);
        services.writes().lab(c.value());
        saved(ctx, RecordJson.lab(c.value()), c);
    }

    public void profile(Context ctx) {
        Checked<ProfileInput.Profile> c = ProfileInput.check(body(ctx), services.today());
        require(c);
        services.writes().profile(c.value().yaml(), Instant.now(services.config().clock()));
        ObjectNode saved = Json.object();
        saved.put("athlete_yaml", c.value().yaml());
        saved(ctx, saved, c);
    }

    public void uploads(Context ctx) {
        List<UploadView.Result> results = UploadRequests.importAll(ctx, services.uploads());
        ObjectNode o = Json.object();
        ArrayNode a = o.putArray("uploads");
        results.forEach(r -> a.add(RecordJson.importReport(r.name(), r.report())));
        ReadApi.send(ctx, 200, o);
    }

    /** The JSON object body; other content types are refused (a form of another site cannot send JSON). */
    private static Submission body(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/json")) {
            throw new HttpError(415, "send a JSON object with Content-Type: application/json");
        }
        return Json.submission(ctx.body());
    }

    private static void require(Checked<?> c) {
        if (!c.ok()) {
            throw new Invalid(c);
        }
    }

    private static void saved(Context ctx, ObjectNode value, Checked<?> c) {
        ObjectNode o = Json.object();
        o.set("saved", value);
        o.set("notes", Json.strings(c.notes()));
        ReadApi.send(ctx, 201, o);
    }

    /** A rejected object: 400 with the reason per field (see {@link ApiErrors}). */
    public static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Checked<?> checked;

        Invalid(Checked<?> checked) {
            super(checked.summary(), null, false, false);
            this.checked = checked;
        }

        public Checked<?> checked() {
            return checked;
        }
    }
}
