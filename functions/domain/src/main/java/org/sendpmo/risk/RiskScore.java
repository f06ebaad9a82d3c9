package org.sendpmo.risk;

/**
 * Likelihood and impact, each a whole number 1..5 (methodology §2). The score is their product, 1..25;
 * only 14 products can occur (7, 13, 14 and the primes above 5 cannot).
 */
public record RiskScore(int likelihood, int impact) {

    public static final int MIN = 1;
    public static final int MAX = 5;

    public RiskScore {
        if (likelihood < MIN || likelihood > MAX) {
            throw new IllegalArgumentException("likelihood must be a whole number from 1 to 5, not " + likelihood);
        }
        if (impact < MIN || impact > MAX) {
            throw new IllegalArgumentException("impact must be a whole number from 1 to 5, not " + impact);
        }
    }

    public int score() {
        return likelihood * impact;
    }

    /** Whether some likelihood × impact pair gives this product. */
    public static boolean isPossibleScore(int product) {
        for (int l = MIN; l <= MAX; l++) {
            if (product % l == 0 && product / l >= MIN && product / l <= MAX) {
                return true;
            }
        }
        return false;
    }

    /** For display: "4 × 4 = 16". */
    public String describe() {
        return likelihood + " × " + impact + " = " + score();
    }
}
