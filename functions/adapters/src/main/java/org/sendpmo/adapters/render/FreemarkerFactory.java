package org.sendpmo.adapters.render;

import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The one FreeMarker configuration: templates from the site-templates jar, HTML auto-escaping for
 * {@code .ftlh}, errors rethrown (a template never prints a blank for missing data), UK formats.
 */
@Factory
public class FreemarkerFactory {

    public static final String TEMPLATE_ROOT = "/org/sendpmo/templates";

    @Singleton
    public Configuration freemarkerConfiguration() {
        return create();
    }

    public static Configuration create() {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setClassForTemplateLoading(FreemarkerFactory.class, TEMPLATE_ROOT);
        cfg.setDefaultEncoding(StandardCharsets.UTF_8.name());
        cfg.setOutputEncoding(StandardCharsets.UTF_8.name());
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setLocale(Locale.UK);
        cfg.setTimeZone(TimeZone.getTimeZone("Europe/London"));
        cfg.setNumberFormat("computer");
        return cfg;
    }
}
