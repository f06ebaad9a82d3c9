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
 * later) received since the previous cycle's cut-off, with the figure it replaced: the one the previous pack
 * showed, or for a value first received after that pack, the version before. Each says why it was revised, where
 * someone said.
 */
final class KpiRevisions {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private KpiRevisions() {
    }

    /**
     * @param values       the latest version of every value received by this cycle's cut-off
     * @param replaced     for each revised value, the version it is compared with (see
     *                     {@link PackAssembler.PreviousCycle#kpiValuesReplaced()})
     * @param projectNames project id to name, for the changes' project column
     */
    static List<Change> since(BoardCycle previous, List<KpiDefinition> definitions, List<KpiStore.RecordedValue> values,
                              List<KpiStore.RecordedValue> replaced, Map<String, String> projectNames) {
        Map<String, KpiDefinition> kpis = definitions.stream().collect(Collectors.toMap(KpiDefinition::id, Function.identity()));
        Map<List<Object>, KpiStore.RecordedValue> earlier = replaced.stream()
                .collect(Collectors.toMap(KpiRevisions::key, Function.identity(), (a, b) -> a));
        return revisedSince(previous.receivedBefore(), values).stream()
                .filter(v -> kpis.containsKey(v.observation().kpiId()))
                .map(v -> change(v, earlier.get(key(v)), previous.receivedBefore(), kpis.get(v.observation().kpiId()), projectNames))
                .toList();
    }

    /** Which value a version is of: KPI, project (null for Kent-wide) and month. */
    private static List<Object> key(KpiStore.RecordedValue v) {
        return java.util.Arrays.asList(v.observation().kpiId(), v.projectId(), v.observation().month());
    }

    /** The values in force that are revisions received at or after {@code since}, in the order given. */
    static List<KpiStore.RecordedValue> revisedSince(java.time.Instant since, List<KpiStore.RecordedValue> values) {
        return values.stream().filter(v -> v.revision() && !v.receivedAt().isBefore(since)).toList();
    }

    /**
     * The figure replaced, in the KPI's unit as the "now" column: "598 (version 1)"; noted when the previous pack
     * did not show it, and named by version only if it could not be found.
     */
    private static String was(KpiStore.RecordedValue was, int version, java.time.Instant previousCutOff, KpiDefinition kpi) {
        if (was == null) {
            return "Version " + (version - 1);
        }
        String figure = KpiFormat.value(was.observation().value(), kpi.unit()) + " (version " + was.observation().version();
        return figure + (was.receivedAt().isBefore(previousCutOff) ? ")" : ", received since the previous pack)");
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

    private static Change change(KpiStore.RecordedValue v, KpiStore.RecordedValue was, java.time.Instant previousCutOff,
                                 KpiDefinition kpi, Map<String, String> projectNames) {
        int version = v.observation().version();
        String projectId = v.programmeLevel() ? "" : v.projectId();
        String projectName = v.programmeLevel() ? "Programme (Kent-wide)" : projectNames.getOrDefault(projectId, projectId);
        return new Change(projectId, projectName, Change.Kind.KPI_REVISED,
                was(was, version, previousCutOff, kpi),
                KpiFormat.value(v.observation().value(), kpi.unit()) + " (version " + version + ")",
                "The " + KpiFormat.month(v.observation().month()) + " value was revised: version " + version
                        + " received on " + receivedOn(v) + ". " + reason(v),
                kpi.id(), kpi.name());
    }
}
