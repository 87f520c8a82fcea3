package org.heavylegs.web.pages;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Objects;
import org.heavylegs.core.athlete.Symptoms;
import org.heavylegs.core.diagnosis.Diagnosis;
import org.heavylegs.web.HttpError;
import org.heavylegs.web.Services;
import org.heavylegs.web.Templates;
import org.heavylegs.web.data.AthleteSnapshot;
import org.heavylegs.web.view.OverviewView;

/** GET /: red flags first, the ranked causes, the plan, as of a day (?as_of=yyyy-mm-dd). */
public final class OverviewPage {

    private final Services services;
    private final Templates templates;

    public OverviewPage(Services services, Templates templates) {
        this.services = services;
        this.templates = templates;
    }

    public void get(Context ctx) {
        AthleteSnapshot s = services.snapshot();
        LocalDate asOf = s.defaultAsOf(services.today());
        String asOfError = null;
        try {
            LocalDate asked = Services.asOf(ctx.queryParam("as_of"));
            if (asked != null) {
                asOf = asked;
            }
        } catch (HttpError e) {
            asOfError = e.getMessage();
            ctx.status(400);
        }
        Diagnosis d = services.diagnose(s, asOf);
        Long focus = null;
        for (var a : s.activities()) {
            if (d.focusStart() != null && a.activity().start().equals(d.focusStart())
                    && Objects.equals(a.activity().source(), d.focusFile())) {
                focus = a.id();
            }
        }
        var data = s.data();
        OverviewView view = new OverviewView(d, asOf, asOfError, s.activities().size(), data.wellness().size(),
                data.runLog().size(), data.labs().size(), !data.athlete().symptoms().equals(Symptoms.UNANSWERED), focus);
        ctx.html(templates.render("overview.jte", view));
    }
}
