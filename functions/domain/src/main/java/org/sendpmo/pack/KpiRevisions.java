package org.sendpmo.pack;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sendpmo.board.Change;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.cycle.ProgrammeTime;
import org.sendpmo.kpi.KpiDefinition;
import org.sendpmo.kpi.KpiStore;

/**
 * The KPI part of "changes since the previous cycle": every value in force that is a revision (version 2 or
 * later) received since the previous cycle's cut-off. The pack holds only the version in force, so the
 * earlier value is named by its version, not shown. Each says why it was revised, where someone said.
 */
final class KpiRevisions {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private KpiRevisions() {
    }

    /**
     * @param values       the latest version of every value received by this cycle's cut-off
     * @param projectNames project id to name, for the changes' project column
     */
    static List<Change> since(BoardCycle previous, List<KpiDefinition> definitions, List<KpiStore.RecordedValue> values,
                              Map<String, String> projectNames) {
        Map<String, KpiDefinition> kpis = definitions.stream().collect(Collectors.toMap(KpiDefinition::id, Function.identity()));
        return revisedSince(previous.receivedBefore(), values).stream()
                .filter(v -> kpis.containsKey(v.observation().kpiId()))
                .map(v -> change(v, kpis.get(v.observation().kpiId()), projectNames))
                .toList();
    }

    /** The values in force that are revisions received at or after {@code since}, in the order given. */
    static List<KpiStore.RecordedValue> revisedSince(java.time.Instant since, List<KpiStore.RecordedValue> values) {
        return values.stream().filter(v -> v.revision() && !v.receivedAt().isBefore(since)).toList();
    }

    /** The day a value was received, as the pack writes it: "21 October 2026". */
    static String receivedOn(KpiStore.RecordedValue v) {
        return DAY.format(v.receivedAt().atZone(ProgrammeTime.ZONE));
    }

    /** Why it was revised, as the board reads it; says so when nobody said why. */
    static String reason(KpiStore.RecordedValue v) {
        if (v.reason() != null) {
            return "Reason given: " + v.reason();
        }
        return v.programmeLevel() ? "No reason was recorded" : "No reason is asked for with a project's resubmitted return";
    }

    private static Change change(KpiStore.RecordedValue v, KpiDefinition kpi, Map<String, String> projectNames) {
        int version = v.observation().version();
        String projectId = v.programmeLevel() ? "" : v.projectId();
        String projectName = v.programmeLevel() ? "Programme (Kent-wide)" : projectNames.getOrDefault(projectId, projectId);
        return new Change(projectId, projectName, Change.Kind.KPI_REVISED,
                "Version " + (version - 1),
                KpiFormat.value(v.observation().value(), kpi.unit()) + " (version " + version + ")",
                "The " + KpiFormat.month(v.observation().month()) + " value was revised: version " + version
                        + " received on " + receivedOn(v) + ". " + reason(v),
                kpi.id(), kpi.name());
    }
}
