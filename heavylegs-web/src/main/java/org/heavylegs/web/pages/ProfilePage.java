package org.heavylegs.web.pages;

import io.javalin.http.Context;
import java.time.Instant;
import org.heavylegs.web.Services;
import org.heavylegs.web.Templates;
import org.heavylegs.web.data.AthleteSnapshot;
import org.heavylegs.web.input.Checked;
import org.heavylegs.web.input.ProfileInput;
import org.heavylegs.web.input.Submission;
import org.heavylegs.web.view.FormView;
import org.heavylegs.web.view.ProfileView;
import org.heavylegs.web.view.Units;

/** GET /profile, POST /profile: the athlete's profile and the questionnaire of DESIGN.md 2.2. */
public final class ProfilePage {

    private final Services services;
    private final Templates templates;

    public ProfilePage(Services services, Templates templates) {
        this.services = services;
        this.templates = templates;
    }

    public void get(Context ctx) {
        AthleteSnapshot s = services.snapshot();
        FormView form = FormView.of(ProfileInput.fields(s.data().athlete()));
        if ("profile".equals(ctx.queryParam("saved"))) {
            form = form.withSaved("Questionnaire saved.");
        }
        render(ctx, s, form);
    }

    public void post(Context ctx) {
        Submission sent = Forms.submission(ctx);
        Checked<ProfileInput.Profile> c = ProfileInput.check(sent, services.today());
        if (!c.ok()) {
            ctx.status(400);
            render(ctx, services.snapshot(), FormView.rejected(sent, c));
            return;
        }
        services.writes().profile(c.value().yaml(), Instant.now(services.config().clock()));
        Forms.savedRedirect(ctx, "/profile", "profile");
    }

    private void render(Context ctx, AthleteSnapshot s, FormView form) {
        String saved = s.profileSaved() == null ? null : Units.dateTime(s.profileSaved(), s.data().zone());
        ctx.html(templates.render("profile.jte", new ProfileView(form, saved)));
    }
}
