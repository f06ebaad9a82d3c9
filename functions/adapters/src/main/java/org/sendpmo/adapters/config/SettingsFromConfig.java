package org.sendpmo.adapters.config;

import io.micronaut.context.exceptions.ConfigurationException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.sendpmo.confidence.ConfidenceRating;
import org.sendpmo.confidence.ConfidenceScale;
import org.sendpmo.confidence.ConfidenceSettings;
import org.sendpmo.returns.Rag;
import org.sendpmo.returns.RagDefinitions;
import org.sendpmo.risk.InvalidSettingsException;
import org.sendpmo.risk.RatingBand;
import org.sendpmo.risk.RiskCategory;
import org.sendpmo.risk.RiskRating;
import org.sendpmo.risk.RiskSettings;

/**
 * Turns {@code assurance.methodology.risk}, {@code .confidence} and {@code .rag} into the domain's settings. Keys are
 * read as enum names written in kebab case ({@code finance-high-needs}, {@code amber-red}); the domain
 * checks the values and every problem is reported with its full setting path.
 */
public final class SettingsFromConfig {

    static final String PREFIX = "assurance.methodology.";

    private SettingsFromConfig() {
    }

    public static RiskSettings risk(RiskConfig config) {
        List<String> problems = new ArrayList<>();
        List<RatingBand> bands = new ArrayList<>();
        config.getBands().forEach((key, range) -> {
            String path = PREFIX + "risk.bands." + key;
            RiskRating rating = constant(RiskRating.class, key, path, problems);
            String[] ends = range == null ? new String[0] : range.split("-");
            try {
                if (ends.length != 2) {
                    throw new NumberFormatException();
                }
                if (rating != null) {
                    bands.add(new RatingBand(rating, Integer.parseInt(ends[0].strip()), Integer.parseInt(ends[1].strip())));
                }
            } catch (NumberFormatException e) {
                problems.add(path + " must be a range of scores such as 8-12, is '" + range + "'");
            }
        });
        Map<RiskCategory, Integer> appetite = keyed(RiskCategory.class, config.getAppetite(), PREFIX + "risk.appetite.", problems);
        Map<RiskRating, Integer> periods = keyed(RiskRating.class, config.getReviewPeriodDays(),
                PREFIX + "risk.review-period-days.", problems);
        return checked(problems, () -> new RiskSettings(bands, config.getDefaultAppetite(), appetite, periods));
    }

    public static ConfidenceSettings confidence(ConfidenceConfig config) {
        List<String> problems = new ArrayList<>();
        ConfidenceScale scale = null;
        if (config.getScale() == null) {
            problems.add(PREFIX + "confidence.scale is missing: five-point or three-point");
        } else {
            scale = constant(ConfidenceScale.class, config.getScale(), PREFIX + "confidence.scale", problems);
        }
        Map<ConfidenceRating, String> definitions = keyed(ConfidenceRating.class, config.getDefinitions(),
                PREFIX + "confidence.definitions.", problems);
        ConfidenceScale chosen = scale;
        return checked(problems, () -> new ConfidenceSettings(chosen, definitions, config.getDataQualityThreshold()));
    }

    public static RagDefinitions rag(RagConfig config) {
        List<String> problems = new ArrayList<>();
        Map<Rag, String> definitions = keyed(Rag.class, config.getDefinitions(), PREFIX + "rag.definitions.", problems);
        return checked(problems, () -> new RagDefinitions(definitions));
    }

    private static <T> T checked(List<String> problems, Supplier<T> build) {
        if (problems.isEmpty()) {
            try {
                return build.get();
            } catch (InvalidSettingsException e) {
                e.problems().forEach(p -> problems.add(PREFIX + p.field() + " (" + p.value() + "): " + p.message()));
            }
        }
        throw new ConfigurationException("Invalid methodology configuration:\n  - " + String.join("\n  - ", problems));
    }

    private static <E extends Enum<E>, V> Map<E, V> keyed(Class<E> type, Map<String, V> values, String prefix, List<String> problems) {
        Map<E, V> map = new EnumMap<>(type);
        values.forEach((key, value) -> {
            E constant = constant(type, key, prefix + key, problems);
            if (constant != null) {
                map.put(constant, value);
            }
        });
        return map;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String key, String path, List<String> problems) {
        try {
            return Enum.valueOf(type, key.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>();
            for (E c : type.getEnumConstants()) {
                allowed.add(c.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
            problems.add(path + ": '" + key + "' is not one of " + String.join(", ", allowed));
            return null;
        }
    }
}
