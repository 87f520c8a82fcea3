package org.heavylegs.web.pages;

import io.javalin.http.Context;
import java.util.List;
import org.heavylegs.web.input.Submission;

/** Reading a posted HTML form. */
final class Forms {

    private Forms() {
    }

    /** The posted fields, blanks dropped. */
    static Submission submission(Context ctx) {
        return new Submission(ctx.formParamMap()).without(List.of("submit"));
    }

    /** Post/redirect/get: after a save, the page is shown by a GET, so reloading it sends nothing again. */
    static void savedRedirect(Context ctx, String path, String what) {
        ctx.redirect(path + (path.contains("?") ? "&" : "?") + "saved=" + what, io.javalin.http.HttpStatus.SEE_OTHER);
    }
}
