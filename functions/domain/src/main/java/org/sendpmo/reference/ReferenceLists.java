package org.sendpmo.reference;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sendpmo.access.Actor;
import org.sendpmo.audit.AuditAction;
import org.sendpmo.audit.AuditEntry;
import org.sendpmo.audit.AuditLog;
import org.sendpmo.cycle.Board;
import org.sendpmo.cycle.BoardNames;
import org.sendpmo.returns.Problem;
import org.sendpmo.risk.RiskCategory;
import org.sendpmo.risk.RiskSettings;
import org.sendpmo.scoring.Criterion;
import org.sendpmo.scoring.CriterionScores;
import org.sendpmo.scoring.Methodology;
import org.sendpmo.storage.Transactions;

/**
 * The programme office's reference lists: every list is a fixed set of codes whose value the office sets or clears
 * (clear means "the configured default"). A save checks every value first and stores all or none, each change with
 * its audit entry (who, when, from what to what) in one transaction. The pack reads the lists when a build starts.
 */
public final class ReferenceLists {

    public static final int MAX_NAME = 300;
    /** Long enough for any configured descriptor; the method page shows it in a table cell. */
    public static final int MAX_DESCRIPTOR = 500;

    private final ReferenceStore store;
    private final RiskSettings configuredRisk;
    private final Methodology configuredMethodology;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public ReferenceLists(ReferenceStore store, RiskSettings configuredRisk, Methodology configuredMethodology,
                          AuditLog audit, Transactions transactions, Clock clock) {
        this.store = store;
        this.configuredRisk = configuredRisk;
        this.configuredMethodology = configuredMethodology;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * One code of a list as the office page shows it.
     *
     * @param value      what the office set, or "" when it uses the configured default
     * @param configured the configured default ("" when there is none)
     */
    public record Row(String code, String label, String value, String configured, String changedBy, Instant changedAt) {
    }

    public List<Row> rows(ReferenceList list) {
        Map<String, ReferenceEntry> set = byCode(list);
        List<Row> rows = new ArrayList<>();
        for (String code : codes(list)) {
            ReferenceEntry e = set.get(code);
            rows.add(new Row(code, label(list, code), e == null ? "" : e.value(), configured(list, code),
                    e == null ? "" : e.changedBy(), e == null ? null : e.changedAt()));
        }
        return rows;
    }

    /**
     * Sets the list's values from {@code values} (code to value; a code left out is unchanged, "" clears it).
     *
     * @return every problem, on the field {@code value.<code>}; empty when all was stored
     */
    public List<Problem> save(ReferenceList list, Map<String, String> values, Actor actor) {
        List<Problem> problems = new ArrayList<>();
        Map<String, String> checked = new LinkedHashMap<>();
        for (String code : codes(list)) {
            if (values.containsKey(code)) {
                String value = values.get(code) == null ? "" : values.get(code).strip();
                check(list, code, value, problems);
                checked.put(code, value);
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        transactions.inTransaction(() -> {
            Map<String, ReferenceEntry> before = byCode(list);
            Instant now = clock.instant();
            checked.forEach((code, value) -> {
                String old = before.containsKey(code) ? before.get(code).value() : "";
                if (!old.equals(value)) {
                    if (value.isEmpty()) {
                        store.clear(list, code);
                    } else {
                        store.save(new ReferenceEntry(list, code, value, actor.username(), now));
                    }
                    audit.record(new AuditEntry(now, actor.username(), AuditAction.REFERENCE_LIST_CHANGED,
                            list.slug() + ":" + code, null, list.title() + ", " + label(list, code) + ": "
                            + shown(list, code, old) + " → " + shown(list, code, value)));
                }
            });
            return null;
        });
        return List.of();
    }

    /** The risk rules a build uses: the configured ones, each category's appetite as the office set it. */
    public RiskSettings riskSettings() {
        Map<RiskCategory, Integer> appetites = new EnumMap<>(RiskCategory.class);
        appetites.putAll(configuredRisk.appetiteByCategory());
        for (ReferenceEntry e : store.entries(ReferenceList.RISK_APPETITE)) {
            appetites.put(RiskCategory.valueOf(e.code()), Integer.parseInt(e.value()));
        }
        return new RiskSettings(configuredRisk.bands(), configuredRisk.defaultAppetite(), appetites,
                configuredRisk.reviewPeriodDays());
    }

    /**
     * The methodology a build uses: the configured one, each level descriptor as the office set it, and (when any
     * is set) who set the latest and when, for the method page and the manifest.
     */
    public Methodology methodology() {
        List<ReferenceEntry> edits = store.entries(ReferenceList.CRITERION_DESCRIPTORS);
        if (edits.isEmpty()) {
            return configuredMethodology;
        }
        Map<Criterion, Map<Integer, String>> descriptors = new EnumMap<>(Criterion.class);
        for (ReferenceEntry e : edits) {
            descriptors.computeIfAbsent(criterionOf(e.code()), c -> new java.util.TreeMap<>()).put(scoreOf(e.code()), e.value());
        }
        ReferenceEntry latest = edits.stream().max(java.util.Comparator.comparing(ReferenceEntry::changedAt)).orElseThrow();
        return configuredMethodology.withDescriptors(descriptors, edits.size() + " of the level descriptors were edited by the "
                + "programme office, last by " + latest.changedBy() + " on " + java.time.LocalDate.ofInstant(latest.changedAt(), java.time.ZoneOffset.UTC));
    }

    /** Each board's display name as the office set it, or the board's title. */
    public BoardNames boardNames() {
        Map<Board, String> renamed = new EnumMap<>(Board.class);
        for (ReferenceEntry e : store.entries(ReferenceList.BOARDS)) {
            Board.fromCode(e.code()).ifPresent(b -> renamed.put(b, e.value()));
        }
        return new BoardNames(renamed);
    }

    /** Each operational group's name as the office set it, or "Operational Group n". */
    public String groupName(int group) {
        return group == 0 ? "None" : rows(ReferenceList.OPERATIONAL_GROUPS).stream()
                .filter(r -> r.code().equals(String.valueOf(group))).findFirst()
                .map(r -> r.value().isEmpty() ? r.label() : group + ": " + r.value()).orElse("Operational Group " + group);
    }

    private static List<String> codes(ReferenceList list) {
        List<String> codes = new ArrayList<>();
        if (list == ReferenceList.OPERATIONAL_GROUPS) {
            for (int g = 1; g <= 9; g++) {
                codes.add(String.valueOf(g));
            }
        } else if (list == ReferenceList.RISK_APPETITE) {
            for (RiskCategory c : RiskCategory.values()) {
                codes.add(c.name());
            }
        } else if (list == ReferenceList.BOARDS) {
            for (Board b : Board.values()) {
                codes.add(b.name());
            }
        } else {
            for (Criterion c : Criterion.values()) {
                for (int score = 1; score <= CriterionScores.MAX; score++) {
                    codes.add(c.id() + "-" + score);
                }
            }
        }
        return codes;
    }

    private static String label(ReferenceList list, String code) {
        if (list == ReferenceList.CRITERION_DESCRIPTORS) {
            Criterion c = criterionOf(code);
            return c.name() + " " + c.title() + ", score " + scoreOf(code);
        }
        if (list == ReferenceList.BOARDS) {
            return code + " (cycle ids " + Board.valueOf(code).idPrefix() + "-…)";
        }
        return list == ReferenceList.OPERATIONAL_GROUPS ? "Operational Group " + code : RiskCategory.valueOf(code).label();
    }

    private static Criterion criterionOf(String descriptorCode) {
        return Criterion.fromId(descriptorCode.substring(0, descriptorCode.indexOf('-'))).orElseThrow();
    }

    private static int scoreOf(String descriptorCode) {
        return Integer.parseInt(descriptorCode.substring(descriptorCode.indexOf('-') + 1));
    }

    private String configured(ReferenceList list, String code) {
        if (list == ReferenceList.CRITERION_DESCRIPTORS) {
            return configuredMethodology.rule(criterionOf(code)).descriptor(scoreOf(code));
        }
        if (list == ReferenceList.BOARDS) {
            return Board.valueOf(code).title();
        }
        return list == ReferenceList.RISK_APPETITE
                ? String.valueOf(configuredRisk.appetiteFor(RiskCategory.valueOf(code))) : "";
    }

    private String shown(ReferenceList list, String code, String value) {
        if (!value.isEmpty()) {
            return value;
        }
        return list == ReferenceList.OPERATIONAL_GROUPS ? "none" : "the configured " + configured(list, code);
    }

    private static void check(ReferenceList list, String code, String value, List<Problem> problems) {
        String field = "value." + code;
        boolean named = list == ReferenceList.OPERATIONAL_GROUPS || list == ReferenceList.BOARDS;
        if (named && value.length() > MAX_NAME) {
            problems.add(new Problem(field, "", "The name of " + label(list, code) + " must be " + MAX_NAME
                    + " characters or fewer; it has " + value.length()));
        }
        if (list == ReferenceList.CRITERION_DESCRIPTORS && value.length() > MAX_DESCRIPTOR) {
            problems.add(new Problem(field, "", "The descriptor for " + label(list, code) + " must be " + MAX_DESCRIPTOR
                    + " characters or fewer; it has " + value.length()));
        }
        if (list == ReferenceList.RISK_APPETITE && !value.isEmpty() && !isAppetite(value)) {
            problems.add(new Problem(field, value, "The appetite for " + label(list, code)
                    + " must be a whole number from 1 to 25, or empty to use the configured one"));
        }
    }

    private static boolean isAppetite(String value) {
        try {
            int appetite = Integer.parseInt(value);
            return appetite >= 1 && appetite <= 25;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private Map<String, ReferenceEntry> byCode(ReferenceList list) {
        return store.entries(list).stream().collect(Collectors.toMap(ReferenceEntry::code, Function.identity(), (a, b) -> b,
                LinkedHashMap::new));
    }

}
