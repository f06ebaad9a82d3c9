package org.sendpmo.project;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A project of the transformation programme, as the registry holds it.
 *
 * @param id                 stable identifier such as {@code P01}
 * @param operationalGroup   1..9, or 0 when the project sits in no Operational Group
 * @param improvementAreas   the areas C1–C9 the project serves (may be empty)
 * @param lead               the project lead's name as the pack shows it: the display name of
 *                           {@code leadUsername} when saved through the registry, or a role as free text
 *                           for projects recorded before the registry
 * @param leadUsername       the lead's username in the user directory, or "" when the lead is free text
 * @param priorities         the ministerial priorities B1–B5 the project serves (may be empty)
 * @param startDate          null when not recorded
 * @param plannedEndDate     null when not recorded; never before the start
 * @param dependencies       ids of the projects this one depends on; never its own
 * @param closedOn           the day the project was closed; null while it is open (stage {@link ProjectStage#CLOSED}
 *                           exactly when this is set)
 */
public record Project(String id, String name, String description, int operationalGroup,
                      Set<ImprovementArea> improvementAreas, Set<MinisterialPriority> priorities,
                      String lead, String leadUsername, ProjectStage stage, LocalDate startDate,
                      LocalDate plannedEndDate, Set<String> dependencies, LocalDate closedOn) {

    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9-]{0,19}");

    public Project {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("project id must be capitals, digits or '-', at most 20: " + id);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("project name is required for " + id);
        }
        if (operationalGroup < 0 || operationalGroup > 9) {
            throw new IllegalArgumentException("operational group out of range for " + id + ": " + operationalGroup);
        }
        description = description == null ? "" : description;
        improvementAreas = Set.copyOf(improvementAreas);
        priorities = Set.copyOf(priorities);
        lead = lead == null ? "" : lead;
        leadUsername = leadUsername == null ? "" : leadUsername;
        stage = stage == null ? ProjectStage.IMPLEMENTATION : stage;
        dependencies = Set.copyOf(dependencies);
        if (dependencies.contains(id)) {
            throw new IllegalArgumentException("project " + id + " cannot depend on itself");
        }
        if (startDate != null && plannedEndDate != null && plannedEndDate.isBefore(startDate)) {
            throw new IllegalArgumentException("project " + id + " ends before it starts");
        }
        if ((stage == ProjectStage.CLOSED) != (closedOn != null)) {
            throw new IllegalArgumentException("project " + id + " must have a closing date exactly when its stage is closed");
        }
    }

    /** A project as recorded before the registry: open, in implementation, with a lead named in free text. */
    public Project(String id, String name, int operationalGroup, Set<ImprovementArea> improvementAreas, String lead) {
        this(id, name, "", operationalGroup, improvementAreas, Set.of(), lead, "", ProjectStage.IMPLEMENTATION,
                null, null, Set.of(), null);
    }

    /**
     * The name as two names are compared: stripped, runs of spaces made one, lower case. Names with the same key are
     * the same name to a reader of the pack, so the registry allows one of them (and the database's unique key on
     * this text holds that against two saves at once).
     */
    public static String nameKey(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    public static boolean isValidId(String candidate) {
        return candidate != null && ID.matcher(candidate).matches();
    }

    public boolean isClosed() {
        return closedOn != null;
    }

    /**
     * Is the project in the active roll-ups (rankings, coverage, returns expected) of a cycle reporting on
     * {@code reportingMonth}? An open project always is. A closed project still is for the month it closed
     * in, so its last month is reported, and leaves from the next reporting month on. Its returns are kept,
     * so a rebuild of an earlier cycle still shows it.
     */
    public boolean activeIn(YearMonth reportingMonth) {
        return closedOn == null || !YearMonth.from(closedOn).isBefore(reportingMonth);
    }
}
