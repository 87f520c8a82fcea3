package org.heavylegs.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/**
 * The jte templates of src/main/jte, compiled to classes at build time (the jte-maven-plugin's
 * generate goal), so they travel in the jar. ContentType.Html escapes every ${...} for its context.
 */
public final class Templates {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** A template with one parameter. */
    public String render(String template, Object model) {
        StringOutput out = new StringOutput();
        engine.render(template, model, out);
        return out.toString();
    }

    /** A template with several parameters, by name. */
    public String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        engine.render(template, params, out);
        return out.toString();
    }
}
