package org.sendpmo.scoring;

import java.math.BigDecimal;

/** What one criterion adds to a project's priority score, in points out of 100. */
public record Contribution(Criterion criterion, int score, int value, BigDecimal points) {
}
