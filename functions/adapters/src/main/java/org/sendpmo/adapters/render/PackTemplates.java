package org.sendpmo.adapters.render;

import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateExceptionHandler;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.TimeZone;
import org.sendpmo.cycle.ProgrammeTime;

/**
 * The one way to configure FreeMarker for the site templates (the pack here, the api's web forms too):
 * templates from the classpath root {@code /org/sendpmo/templates}, so pages import
 * {@code "/components/layout.ftlh"}; {@code .ftlh} auto-escapes HTML; errors are rethrown, never
 * printed into a page.
 */
public final class PackTemplates {

    /** Classpath folder holding layouts/, components/ and pack/. */
    public static final String ROOT = "/org/sendpmo/templates";

    private PackTemplates() {
    }

    public static Configuration configuration() {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setClassForTemplateLoading(PackTemplates.class, ROOT);
        // A record's accessors read as properties (project.name) and still as methods (project.name()).
        // Set for every class, not only for records: FreeMarker recognises records with classes under
        // META-INF/versions/16, which a shaded jar without "Multi-Release: true", or a Lambda package
        // unzipped into /var/task, does not load.
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setDefaultZeroArgumentNonVoidMethodPolicy(
                ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        wrapper.setRecordZeroArgumentNonVoidMethodPolicy(
                ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        cfg.setObjectWrapper(wrapper.build());
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setDefaultEncoding(StandardCharsets.UTF_8.name());
        cfg.setOutputEncoding(StandardCharsets.UTF_8.name());
        cfg.setLocale(Locale.UK);
        cfg.setTimeZone(TimeZone.getTimeZone(ProgrammeTime.ZONE));
        // Numbers a template prints without a format come out plain (no grouping); scores go through fmt.points.
        cfg.setNumberFormat("computer");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        return cfg;
    }
}
