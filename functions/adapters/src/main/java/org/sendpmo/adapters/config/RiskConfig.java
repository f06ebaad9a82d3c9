package org.sendpmo.adapters.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code assurance.methodology.risk} (methodology §2): rating bands as "lowest-highest" per rating,
 * the default appetite, appetite per category, and review periods in days per rating.
 */
@ConfigurationProperties("assurance.methodology.risk")
public class RiskConfig {

    private Map<String, String> bands = new LinkedHashMap<>();
    private int defaultAppetite;
    private Map<String, Integer> appetite = new LinkedHashMap<>();
    private Map<String, Integer> reviewPeriodDays = new LinkedHashMap<>();

    public Map<String, String> getBands() {
        return bands;
    }

    public void setBands(Map<String, String> bands) {
        this.bands = bands;
    }

    public int getDefaultAppetite() {
        return defaultAppetite;
    }

    public void setDefaultAppetite(int defaultAppetite) {
        this.defaultAppetite = defaultAppetite;
    }

    public Map<String, Integer> getAppetite() {
        return appetite;
    }

    public void setAppetite(Map<String, Integer> appetite) {
        this.appetite = appetite;
    }

    public Map<String, Integer> getReviewPeriodDays() {
        return reviewPeriodDays;
    }

    public void setReviewPeriodDays(Map<String, Integer> reviewPeriodDays) {
        this.reviewPeriodDays = reviewPeriodDays;
    }
}
