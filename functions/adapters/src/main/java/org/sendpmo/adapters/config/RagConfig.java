package org.sendpmo.adapters.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code assurance.methodology.rag}: what Red, Amber and Green mean in a return, as the pack states it. */
@ConfigurationProperties("assurance.methodology.rag")
public class RagConfig {

    private Map<String, String> definitions = new LinkedHashMap<>();

    public Map<String, String> getDefinitions() {
        return definitions;
    }

    public void setDefinitions(Map<String, String> definitions) {
        this.definitions = definitions;
    }
}
