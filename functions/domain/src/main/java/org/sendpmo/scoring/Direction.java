package org.sendpmo.scoring;

/** Whether a high score on a criterion raises priority (benefit) or lowers it (cost). */
public enum Direction {
    BENEFIT,
    COST;

    /** Value of a 1..5 score in this direction: {@code s} for benefit, {@code 6 - s} for cost. */
    public int value(int score) {
        return this == BENEFIT ? score : 6 - score;
    }
}
