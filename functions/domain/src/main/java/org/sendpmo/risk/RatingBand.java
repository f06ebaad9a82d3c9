package org.sendpmo.risk;

import java.util.Objects;

/** Scores from {@code lowest} to {@code highest}, both inclusive, carry {@code rating}. */
public record RatingBand(RiskRating rating, int lowest, int highest) {

    public RatingBand {
        Objects.requireNonNull(rating, "rating");
    }

    public boolean contains(int score) {
        return score >= lowest && score <= highest;
    }

    public boolean overlaps(RatingBand other) {
        return lowest <= other.highest && other.lowest <= highest;
    }

    public String describe() {
        return rating.label() + " " + lowest + "–" + highest;
    }
}
