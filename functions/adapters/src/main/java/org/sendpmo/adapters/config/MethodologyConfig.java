package org.sendpmo.adapters.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.math.BigDecimal;

/** {@code assurance.methodology}: the version id and band thresholds (criteria are {@link CriterionConfig}). */
@ConfigurationProperties("assurance.methodology")
public class MethodologyConfig {

    private String version;
    private BigDecimal highAtLeast;
    private BigDecimal mediumAtLeast;
    private int rankMoveShown = 3;

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public BigDecimal getHighAtLeast() {
        return highAtLeast;
    }

    public void setHighAtLeast(BigDecimal highAtLeast) {
        this.highAtLeast = highAtLeast;
    }

    public BigDecimal getMediumAtLeast() {
        return mediumAtLeast;
    }

    public void setMediumAtLeast(BigDecimal mediumAtLeast) {
        this.mediumAtLeast = mediumAtLeast;
    }

    /** A rank change of this many places or more is shown among the changes since the previous cycle. */
    public int getRankMoveShown() {
        return rankMoveShown;
    }

    public void setRankMoveShown(int rankMoveShown) {
        this.rankMoveShown = rankMoveShown;
    }
}
