package org.sendpmo.confidence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sendpmo.returns.Problem;
import org.sendpmo.risk.InvalidSettingsException;

/**
 * Delivery confidence rules in force, from configuration (methodology §4). Every problem is reported at
 * once, each naming its setting.
 *
 * @param scale                the form in use
 * @param definitions          the written definition shown in the pack for each rating on the scale, and for no other
 * @param dataQualityThreshold a return's data-quality score below this (strictly) steps confidence down; 0..100
 */
public record ConfidenceSettings(ConfidenceScale scale, Map<ConfidenceRating, String> definitions,
                                 int dataQualityThreshold) {

    public static final String SCALE = "confidence.scale";
    public static final String DEFINITIONS = "confidence.definitions";
    public static final String DATA_QUALITY_THRESHOLD = "confidence.data-quality-threshold";

    public ConfidenceSettings {
        List<Problem> problems = new ArrayList<>();
        EnumMap<ConfidenceRating, String> copy = new EnumMap<>(ConfidenceRating.class);
        if (definitions != null) {
            copy.putAll(definitions);
        }
        if (scale == null) {
            problems.add(new Problem(SCALE, "", "Choose the scale: FIVE_POINT or THREE_POINT"));
        } else {
            for (ConfidenceRating rating : scale.levels()) {
                String text = copy.get(rating);
                if (text == null || text.isBlank()) {
                    problems.add(new Problem(DEFINITIONS + "." + rating.name(), text == null ? "" : text,
                            "Write the definition of " + rating.label() + " to show in the pack"));
                }
            }
            for (ConfidenceRating rating : copy.keySet()) {
                if (!scale.contains(rating)) {
                    problems.add(new Problem(DEFINITIONS + "." + rating.name(), copy.get(rating),
                            rating.label() + " is not on the " + scale.name() + " scale: remove its definition or change "
                                    + SCALE));
                }
            }
        }
        if (dataQualityThreshold < 0 || dataQualityThreshold > 100) {
            problems.add(new Problem(DATA_QUALITY_THRESHOLD, String.valueOf(dataQualityThreshold),
                    "Set the data-quality threshold to a score from 0 to 100"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
        definitions = Collections.unmodifiableMap(copy);
    }

    public String definition(ConfidenceRating rating) {
        String text = definitions.get(rating);
        if (text == null) {
            throw new IllegalArgumentException(rating.label() + " is not on the " + scale.name() + " scale");
        }
        return text;
    }
}
