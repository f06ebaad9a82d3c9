package org.sendpmo.adapters.render;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/** Renders the product's own pages (the return form, confirmations, the programme office) from site-templates. */
@Singleton
public class Pages {

    private final Configuration freemarker;
    private final java.util.Optional<PageContext> context;

    public Pages(Configuration freemarker, java.util.Optional<PageContext> context) {
        this.freemarker = freemarker;
        this.context = context;
    }

    /** @param template path under the templates root, such as {@code app/return-form.ftlh} */
    public String render(String template, Map<String, ?> model) {
        try {
            Template t = freemarker.getTemplate(template);
            StringWriter out = new StringWriter();
            t.process(withContext(model), out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load template " + template, e);
        } catch (TemplateException e) {
            throw new IllegalStateException("template " + template + " failed: " + e.getMessage(), e);
        }
    }

    private Map<String, ?> withContext(Map<String, ?> model) {
        if (context.isEmpty()) {
            return model;
        }
        Map<String, Object> merged = new java.util.HashMap<>(context.get().entries());
        merged.putAll(model);
        return merged;
    }
}
