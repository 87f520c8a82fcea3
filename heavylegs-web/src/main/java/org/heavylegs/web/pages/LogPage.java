package org.heavylegs.web.pages;

import io.javalin.http.Context;
import org.heavylegs.core.athlete.LabValue;
import org.heavylegs.core.athlete.RunLogEntry;
import org.heavylegs.core.athlete.WellnessDay;
import org.heavylegs.web.Services;
import org.heavylegs.web.Templates;
import org.heavylegs.web.data.AthleteSnapshot;
import org.heavylegs.web.input.Checked;
import org.heavylegs.web.input.LabInput;
import org.heavylegs.web.input.RunLogInput;
import org.heavylegs.web.input.Submission;
import org.heavylegs.web.input.WellnessInput;
import org.heavylegs.web.view.FormView;
import org.heavylegs.web.view.LogView;

/** GET /log with the wellness, run-log and lab forms; POST /log/wellness, /log/runlog, /log/labs. */
public final class LogPage {

    private final Services services;
    private final Templates templates;

    public LogPage(Services services, Templates templates) {
        this.services = services;
        this.templates = templates;
    }

    public void get(Context ctx) {
        String saved = ctx.queryParam("saved");
        FormView today = FormView.of(Submission.of(java.util.Map.of("date", services.today().toString())));
        render(ctx, services.snapshot(),
                "wellness".equals(saved) ? today.withSaved("Wellness day saved.") : today,
                "runlog".equals(saved) ? FormView.empty().withSaved("Run log saved.") : FormView.empty(),
                "labs".equals(saved) ? today.withSaved("Lab value saved.") : today);
    }

    public void postWellness(Context ctx) {
        Submission sent = Forms.submission(ctx);
        Checked<WellnessDay> c = WellnessInput.check(sent, services.today());
        if (!c.ok()) {
            reject(ctx, FormView.rejected(sent, c), FormView.empty(), FormView.empty());
            return;
        }
        services.writes().wellness(c.value());
        Forms.savedRedirect(ctx, "/log", "wellness");
    }

    public void postRunLog(Context ctx) {
        Submission sent = Forms.submission(ctx);
        AthleteSnapshot s = services.snapshot();
        Checked<RunLogEntry> c = RunLogInput.check(sent, s.data().zone(), services.today());
        if (!c.ok()) {
            reject(ctx, FormView.empty(), FormView.rejected(sent, c), FormView.empty());
            return;
        }
        services.writes().runLog(c.value(), null);
        Forms.savedRedirect(ctx, "/log", "runlog");
    }

    public void postLab(Context ctx) {
        Submission sent = Forms.submission(ctx);
        Checked<LabValue> c = LabInput.check(sent, services.today());
        if (!c.ok()) {
            reject(ctx, FormView.empty(), FormView.empty(), FormView.rejected(sent, c));
            return;
        }
        services.writes().lab(c.value());
        Forms.savedRedirect(ctx, "/log", "labs");
    }

    private void reject(Context ctx, FormView wellness, FormView runLog, FormView lab) {
        ctx.status(400);
        render(ctx, services.snapshot(), wellness, runLog, lab);
    }

    private void render(Context ctx, AthleteSnapshot s, FormView wellness, FormView runLog, FormView lab) {
        ctx.html(templates.render("log.jte", LogView.of(wellness, runLog, lab, s.data().wellness(), s.data().labs(),
                services.today().toString(), s.data().zone().getId())));
    }
}
