package org.heavylegs.web.pages;

import io.javalin.http.Context;
import java.util.List;
import org.heavylegs.web.Services;
import org.heavylegs.web.Templates;
import org.heavylegs.web.UploadRequests;
import org.heavylegs.web.view.UploadView;

/** GET /upload (the form), POST /upload (multipart; the import result per file). */
public final class UploadPage {

    private final Services services;
    private final Templates templates;

    public UploadPage(Services services, Templates templates) {
        this.services = services;
        this.templates = templates;
    }

    public void get(Context ctx) {
        ctx.html(templates.render("upload.jte", view(List.of(), null)));
    }

    public void post(Context ctx) {
        List<UploadView.Result> results = UploadRequests.importAll(ctx, services.uploads());
        ctx.html(templates.render("upload.jte", view(results, null)));
    }

    /** The page with an error in place of results (too large, no file). */
    public String error(String message) {
        return templates.render("upload.jte", view(List.of(), message));
    }

    private UploadView view(List<UploadView.Result> results, String error) {
        return new UploadView(UploadView.megabytes(services.uploads().maxBytes()), results, error);
    }
}
