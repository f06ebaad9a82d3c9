package org.sendpmo.kpi;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sendpmo.project.ImprovementArea;
import org.sendpmo.returns.Problem;

/**
 * Checks a KPI definition the programme office typed: every problem on its own field (named as the draft's
 * components), in words that say what would be accepted. Targets and the agreed baseline must be numbers the
 * KPI's unit allows, so a percentage KPI cannot be given a target of 150.
 */
public final class KpiDefinitionValidator {

    public static final int MAX_NAME = 300;
    public static final int MAX_OWNER = 100;
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern GROUPED = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");

    /** The definition, or every problem (the definition is null then). */
    public record Result(KpiDefinition definition, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    /**
     * @param existingIds the ids already defined; when {@code creating}, the draft's id must not be one of them
     *                    (ignoring case, so CK1 and ck1 cannot both exist)
     */
    public Result check(KpiDefinitionDraft d, boolean creating, Set<String> existingIds) {
        List<Problem> problems = new ArrayList<>();
        String id = trim(d.id());
        if (id.isEmpty()) {
            problems.add(new Problem("id", "", "Enter the KPI's id, for example CK1 or K21"));
        } else if (!KpiDefinition.validId(id)) {
            problems.add(new Problem("id", id, "The id must be 1 to 32 letters, digits, '-' or '_', starting with a letter or digit; found '" + id + "'"));
        } else if (creating && existingIds.stream().anyMatch(e -> e.equalsIgnoreCase(id))) {
            problems.add(new Problem("id", id, "There is already a KPI " + id + ": change that one instead, or choose another id"));
        }
        String name = required(d.name(), "name", "Enter the KPI's name", MAX_NAME, problems);
        Optional<KpiUnit> unit = KpiUnit.parse(d.unit());
        if (unit.isEmpty()) {
            problems.add(new Problem("unit", trim(d.unit()), trim(d.unit()).isEmpty() ? "Select the KPI's unit"
                    : "Unknown unit '" + trim(d.unit()) + "': choose one of " + Arrays.stream(KpiUnit.values())
                    .map(KpiUnit::label).collect(Collectors.joining(", "))));
        }
        Polarity polarity = choice(Polarity.class, d.polarity(), "polarity", "which way is better", problems);
        String owner = required(d.owner(), "owner", "Enter the organisation that owns the data, for example KCC or Health",
                MAX_OWNER, problems);
        KpiFrequency frequency = choice(KpiFrequency.class, d.frequency(), "frequency", "how often its data arrives", problems);
        Set<ImprovementArea> areas = areas(d.areas(), d.critical(), problems);
        AgreedBaseline baseline = baseline(d, unit.orElse(null), problems);
        KpiTargets targets = new KpiTargets(
                inUnit(d.target3Months(), "target3Months", "The target at 3 months", unit.orElse(null), problems),
                inUnit(d.target6Months(), "target6Months", "The target at 6 months", unit.orElse(null), problems),
                inUnit(d.target12Months(), "target12Months", "The target at 12 months", unit.orElse(null), problems));
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        return new Result(new KpiDefinition(id, name, unit.get(), polarity, owner, frequency, d.critical(), areas, targets, baseline),
                problems);
    }

    private static String required(String raw, String field, String missing, int max, List<Problem> problems) {
        String text = trim(raw);
        if (text.isEmpty()) {
            problems.add(new Problem(field, "", missing));
        } else if (text.length() > max) {
            problems.add(new Problem(field, text.substring(0, 40) + "…", "This must be " + max + " characters or fewer; it is " + text.length()));
        }
        return text;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String raw, String field, String what, List<Problem> problems) {
        String text = trim(raw);
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(text) || label(e).equalsIgnoreCase(text)) {
                return e;
            }
        }
        problems.add(new Problem(field, text, text.isEmpty() ? "Select " + what
                : "Unknown value '" + text + "': choose one of " + Arrays.stream(type.getEnumConstants())
                .map(KpiDefinitionValidator::label).collect(Collectors.joining(", "))));
        return null;
    }

    /** An enum constant in words: HIGHER_IS_BETTER is "Higher is better". */
    public static String label(Enum<?> e) {
        String words = e.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static Set<ImprovementArea> areas(List<String> codes, boolean critical, List<Problem> problems) {
        Set<ImprovementArea> areas = EnumSet.noneOf(ImprovementArea.class);
        for (String code : codes) {
            String c = trim(code).toUpperCase(Locale.ROOT);
            try {
                areas.add(ImprovementArea.valueOf(c));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("areas", trim(code), "Unknown improvement area '" + trim(code) + "': use C1 to C9"));
            }
        }
        if (!critical && areas.isEmpty() && problems.stream().noneMatch(p -> p.field().equals("areas"))) {
            problems.add(new Problem("areas", "", "Select the improvement areas the KPI measures, or mark it as one of the critical KPIs"));
        }
        return areas;
    }

    private static AgreedBaseline baseline(KpiDefinitionDraft d, KpiUnit unit, List<Problem> problems) {
        String month = trim(d.baselineMonth());
        String value = trim(d.baselineValue());
        if (month.isEmpty() && value.isEmpty()) {
            return null;
        }
        YearMonth m = null;
        if (month.isEmpty()) {
            problems.add(new Problem("baselineMonth", "", "Enter the month the baseline is for, for example 2022-12, or leave both baseline fields empty"));
        } else {
            try {
                m = YearMonth.parse(month);
            } catch (DateTimeException e) {
                problems.add(new Problem("baselineMonth", month, "The baseline month must be a year and month such as 2022-12; found '" + month + "'"));
            }
        }
        BigDecimal v = null;
        if (value.isEmpty()) {
            problems.add(new Problem("baselineValue", "", "Enter the baseline's value, or leave both baseline fields empty"));
        } else {
            v = inUnit(value, "baselineValue", "The baseline value", unit, problems);
        }
        return m == null || v == null ? null : new AgreedBaseline(m, v);
    }

    /** A number the unit allows, or null (with a problem unless the field was empty). */
    private static BigDecimal inUnit(String raw, String field, String what, KpiUnit unit, List<Problem> problems) {
        String text = trim(raw);
        if (text.isEmpty()) {
            return null;
        }
        String plain = GROUPED.matcher(text).matches() ? text.replace(",", "") : text;
        if (!NUMBER.matcher(plain).matches()) {
            problems.add(new Problem(field, text, what + " must be a number in the KPI's unit, such as 42.5; found '" + text + "'"));
            return null;
        }
        BigDecimal value = new BigDecimal(plain);
        if (unit != null && !unit.allows(value)) {
            problems.add(new Problem(field, text, what + " must be in the KPI's unit (" + unit.label() + "): "
                    + unit.accepts() + "; found '" + text + "'"));
            return null;
        }
        return value;
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
