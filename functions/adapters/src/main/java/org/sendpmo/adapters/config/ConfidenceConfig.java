package org.sendpmo.adapters.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code assurance.methodology.confidence} (methodology §4): the scale, its definitions, the data-quality threshold. */
@ConfigurationProperties("assurance.methodology.confidence")
public class ConfidenceConfig {

    private String scale;
    private Map<String, String> definitions = new LinkedHashMap<>();
    private int dataQualityThreshold;

    public String getScale() {
        return scale;
    }

    public void setScale(String scale) {
        this.scale = scale;
    }

    public Map<String, String> getDefinitions() {
        return definitions;
    }

    public void setDefinitions(Map<String, String> definitions) {
        this.definitions = definitions;
    }

    public int getDataQualityThreshold() {
        return dataQualityThreshold;
    }

    public void setDataQualityThreshold(int dataQualityThreshold) {
        this.dataQualityThreshold = dataQualityThreshold;
    }
}
