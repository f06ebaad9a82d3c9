package org.sendpmo.adapters.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.math.BigDecimal;

/** {@code assurance.methodology.stability} (methodology §1, rank stability). */
@ConfigurationProperties("assurance.methodology.stability")
public class StabilityConfig {

    private int samples;
    private long seed;
    private int topN;
    private BigDecimal factorMin;
    private BigDecimal factorMax;
    private BigDecimal robustAtLeast;
    private BigDecimal robustAtMost;
    private int nearLine;
    private BigDecimal tippingMaxFactor;

    public int getSamples() { return samples; }
    public void setSamples(int samples) { this.samples = samples; }
    public long getSeed() { return seed; }
    public void setSeed(long seed) { this.seed = seed; }
    public int getTopN() { return topN; }
    public void setTopN(int topN) { this.topN = topN; }
    public BigDecimal getFactorMin() { return factorMin; }
    public void setFactorMin(BigDecimal factorMin) { this.factorMin = factorMin; }
    public BigDecimal getFactorMax() { return factorMax; }
    public void setFactorMax(BigDecimal factorMax) { this.factorMax = factorMax; }
    public BigDecimal getRobustAtLeast() { return robustAtLeast; }
    public void setRobustAtLeast(BigDecimal robustAtLeast) { this.robustAtLeast = robustAtLeast; }
    public BigDecimal getRobustAtMost() { return robustAtMost; }
    public void setRobustAtMost(BigDecimal robustAtMost) { this.robustAtMost = robustAtMost; }
    public int getNearLine() { return nearLine; }
    public void setNearLine(int nearLine) { this.nearLine = nearLine; }
    public BigDecimal getTippingMaxFactor() { return tippingMaxFactor; }
    public void setTippingMaxFactor(BigDecimal tippingMaxFactor) { this.tippingMaxFactor = tippingMaxFactor; }
}
