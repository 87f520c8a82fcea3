package org.heavylegs.web.pages;

import io.javalin.http.Context;
import java.util.List;
import org.heavylegs.core.athlete.RunLogEntry;
import org.heavylegs.store.StoredActivity;
import org.heavylegs.web.Services;
import org.heavylegs.web.Templates;
import org.heavylegs.web.data.AthleteSnapshot;
import org.heavylegs.web.input.Checked;
import org.heavylegs.web.input.RunLogInput;
import org.heavylegs.web.input.Submission;
import org.heavylegs.web.view.Chart;
import org.heavylegs.web.view.FormView;
import org.heavylegs.web.view.RunView;
import org.heavylegs.web.view.RunsView;

/** GET /runs (sortable list), GET /runs/{id} (detail with charts), POST /runs/{id}/log (log this run). */
public final class RunPages {

    private final Services services;
    private final Templates templates;

    public RunPages(Services services, Templates templates) {
        this.services = services;
        this.templates = templates;
    }

    public void list(Context ctx) {
        AthleteSnapshot s = services.snapshot();
        ctx.html(templates.render("runs.jte",
                RunsView.of(s.activities(), s.data().zone(), ctx.queryParam("sort"), ctx.queryParam("dir"))));
    }

    public void detail(Context ctx) {
        AthleteSnapshot s = services.snapshot();
        StoredActivity a = services.activity(s, ctx.pathParam("id"));
        FormView form = "runlog".equals(ctx.queryParam("saved")) ? FormView.empty().withSaved("Run log saved.") : FormView.empty();
        render(ctx, s, a, form);
    }

    public void postLog(Context ctx) {
        AthleteSnapshot s = services.snapshot();
        StoredActivity a = services.activity(s, ctx.pathParam("id"));
        Submission sent = Forms.submission(ctx).without(List.of("start"));
        Checked<RunLogEntry> c = RunLogInput.check(sent.with("start", a.activity().start().toString()), s.data().zone(),
                services.today());
        if (!c.ok()) {
            ctx.status(400);
            render(ctx, s, a, FormView.rejected(sent, c));
            return;
        }
        services.writes().runLog(c.value(), a);
        Forms.savedRedirect(ctx, "/runs/" + a.id(), "runlog");
    }

    private void render(Context ctx, AthleteSnapshot s, StoredActivity a, FormView form) {
        List<Chart> charts = services.config().charts().charts(s.withSamples(a));
        ctx.html(templates.render("run.jte", RunView.of(a, s.data().zone(), charts, s.data().runLog(), form)));
    }
}
