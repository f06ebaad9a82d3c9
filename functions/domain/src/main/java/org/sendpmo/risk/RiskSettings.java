package org.sendpmo.risk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.sendpmo.returns.Problem;

/**
 * The risk rules in force (methodology §2), from configuration: rating bands over the current score,
 * appetite (the highest acceptable current score) by default and per category, and how many days old a
 * review may be for each rating. Every problem is reported at once, each naming its setting.
 *
 * @param bands              one band per rating, together covering every possible score (1..25 apart from
 *                           the products that cannot occur) exactly once, Low below Medium below High
 * @param defaultAppetite    appetite for a category without its own, 1..25
 * @param appetiteByCategory appetite overrides by category, each 1..25
 * @param reviewPeriodDays   for each rating, the largest number of days between the last review and the cut-off
 *                           that is not yet overdue; positive
 */
public record RiskSettings(List<RatingBand> bands, int defaultAppetite, Map<RiskCategory, Integer> appetiteByCategory,
                           Map<RiskRating, Integer> reviewPeriodDays) {

    public static final String BANDS = "risk.bands";
    public static final String DEFAULT_APPETITE = "risk.default-appetite";
    public static final String APPETITE = "risk.appetite";
    public static final String REVIEW_PERIOD_DAYS = "risk.review-period-days";

    public RiskSettings {
        List<Problem> problems = new ArrayList<>();
        List<RatingBand> given = bands == null ? List.of() : new ArrayList<>(bands);
        checkBands(given, problems);
        if (defaultAppetite < 1 || defaultAppetite > 25) {
            problems.add(new Problem(DEFAULT_APPETITE, String.valueOf(defaultAppetite),
                    "Set the default appetite to a score from 1 to 25"));
        }
        EnumMap<RiskCategory, Integer> appetites = new EnumMap<>(RiskCategory.class);
        if (appetiteByCategory != null) {
            appetites.putAll(appetiteByCategory);
        }
        appetites.forEach((category, appetite) -> {
            if (appetite == null || appetite < 1 || appetite > 25) {
                problems.add(new Problem(APPETITE + "." + category.name(), String.valueOf(appetite),
                        "Set the appetite for " + category.label() + " to a score from 1 to 25, or remove it to use the default"));
            }
        });
        EnumMap<RiskRating, Integer> periods = new EnumMap<>(RiskRating.class);
        if (reviewPeriodDays != null) {
            periods.putAll(reviewPeriodDays);
        }
        for (RiskRating rating : RiskRating.values()) {
            Integer days = periods.get(rating);
            if (days == null || days <= 0) {
                problems.add(new Problem(REVIEW_PERIOD_DAYS + "." + rating.name(), String.valueOf(days),
                        "Set the review period for " + rating.label() + " risks to a positive number of days"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
        bands = given.stream().sorted(Comparator.comparingInt(RatingBand::lowest)).toList();
        appetiteByCategory = Collections.unmodifiableMap(appetites);
        reviewPeriodDays = Collections.unmodifiableMap(periods);
    }

    private static void checkBands(List<RatingBand> bands, List<Problem> problems) {
        String all = bands.stream().map(b -> b == null ? "null" : b.describe()).collect(Collectors.joining(", "));
        if (bands.stream().anyMatch(Objects::isNull)) {
            problems.add(new Problem(BANDS, all, "Remove the empty band"));
            return;
        }
        for (RatingBand band : bands) {
            if (band.lowest() < 1 || band.highest() > 25 || band.lowest() > band.highest()) {
                problems.add(new Problem(BANDS, band.describe(),
                        "Give each band a lowest and highest score from 1 to 25, lowest first"));
            }
        }
        for (RiskRating rating : RiskRating.values()) {
            long count = bands.stream().filter(b -> b.rating() == rating).count();
            if (count != 1) {
                problems.add(new Problem(BANDS, all, "Give exactly one band for " + rating.label() + "; there are " + count));
            }
        }
        for (int i = 0; i < bands.size(); i++) {
            for (int j = i + 1; j < bands.size(); j++) {
                if (bands.get(i).overlaps(bands.get(j))) {
                    problems.add(new Problem(BANDS, bands.get(i).describe() + ", " + bands.get(j).describe(),
                            "Bands overlap: make each score belong to one band only"));
                }
            }
        }
        List<Integer> uncovered = IntStream.rangeClosed(1, 25).filter(RiskScore::isPossibleScore)
                .filter(s -> bands.stream().noneMatch(b -> b.contains(s))).boxed().toList();
        if (!uncovered.isEmpty()) {
            problems.add(new Problem(BANDS, all, "Scores " + uncovered + " are in no band: cover every score"
                    + " that likelihood × impact can give"));
        }
        List<RatingBand> byRating = bands.stream().sorted(Comparator.comparing(RatingBand::rating)).toList();
        for (int i = 1; i < byRating.size(); i++) {
            if (byRating.get(i).lowest() <= byRating.get(i - 1).highest()
                    && !byRating.get(i).overlaps(byRating.get(i - 1))) {
                problems.add(new Problem(BANDS, byRating.get(i - 1).describe() + ", " + byRating.get(i).describe(),
                        byRating.get(i).rating().label() + " must cover higher scores than " + byRating.get(i - 1).rating().label()));
            }
        }
    }

    /** The rating of a score from 1 to 25 that likelihood × impact can give. */
    public RiskRating rating(int score) {
        return bands.stream().filter(b -> b.contains(score)).findFirst().map(RatingBand::rating)
                .orElseThrow(() -> new IllegalArgumentException("score " + score + " is in no rating band"));
    }

    public RiskRating rating(RiskScore score) {
        return rating(score.score());
    }

    /** Highest acceptable current score for the category: its own appetite, or the default. */
    public int appetiteFor(RiskCategory category) {
        return appetiteByCategory.getOrDefault(category, defaultAppetite);
    }

    public int reviewPeriodDays(RiskRating rating) {
        return reviewPeriodDays.get(rating);
    }
}
