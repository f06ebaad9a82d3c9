package org.sendpmo.returns;

import java.math.BigDecimal;

/**
 * The financial part of a return (domain facts §5, §8.3, §10.1): amounts in pounds, each null when not
 * given, the Safety Valve impact (null when not given), and whether Finance (the Finance Business
 * Partner or SRP Finance Lead) has assured the figures.
 */
public record ReturnFinance(BigDecimal shortTermSavings, BigDecimal longTermSavings, BigDecimal costToDeliver,
                            SafetyValveImpact safetyValveImpact, boolean financeAssured) {

    /** Amounts must be below this: a million million pounds. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

    /** Nothing given and not assured. */
    public static final ReturnFinance NONE = new ReturnFinance(null, null, null, null, false);

    public ReturnFinance {
        shortTermSavings = amount(shortTermSavings, "short-term savings");
        longTermSavings = amount(longTermSavings, "long-term savings");
        costToDeliver = amount(costToDeliver, "cost to deliver");
    }

    /** Whether any amount or the Safety Valve impact is given. */
    public boolean hasFigures() {
        return shortTermSavings != null || longTermSavings != null || costToDeliver != null || safetyValveImpact != null;
    }

    /** Nothing given and not assured: the return says nothing about finance. */
    public boolean isEmpty() {
        return !hasFigures() && !financeAssured;
    }

    /** Whether the amount is one a return may hold: zero or more and below {@link #MAX_AMOUNT}. */
    public static boolean inRange(BigDecimal amount) {
        return amount.signum() >= 0 && amount.compareTo(MAX_AMOUNT) < 0;
    }

    private static BigDecimal amount(BigDecimal value, String what) {
        if (value != null && !inRange(value)) {
            throw new IllegalArgumentException(what + " must be zero or more and less than " + MAX_AMOUNT.toPlainString()
                    + " pounds: " + value.toPlainString());
        }
        return Decimals.canonical(value);
    }
}
