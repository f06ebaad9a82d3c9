package org.sendpmo.adapters.render;

import freemarker.template.Configuration;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The FreeMarker configuration as a bean (settings in {@link PackTemplates}), shared by every page renderer. */
@Factory
public class FreemarkerFactory {

    @Singleton
    public Configuration freemarkerConfiguration() {
        return PackTemplates.configuration();
    }
}
