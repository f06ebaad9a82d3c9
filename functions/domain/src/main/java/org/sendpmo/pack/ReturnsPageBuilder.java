package org.sendpmo.pack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.project.Project;
import org.sendpmo.returns.ReturnStatus;

/** Builds the {@link ReturnsPage} from the statuses and data-quality scores {@link CycleIndicators} worked out. */
final class ReturnsPageBuilder {

    private ReturnsPageBuilder() {
    }

    /**
     * @param dueDate  the cycle's due date, as the indicators used it
     * @param projects the projects in page order, by id
     * @param chases   per project id, the reminders recorded for the cycle (absent when none)
     */
    static ReturnsPage build(BoardCycle cycle, LocalDate dueDate, Map<String, Project> projects,
                             Map<String, CycleIndicators.Indicators> indicators, Map<String, List<ReturnsPage.Chase>> chases) {
        List<ReturnsPage.Row> onTime = new ArrayList<>();
        List<ReturnsPage.Row> late = new ArrayList<>();
        List<ReturnsPage.Row> missing = new ArrayList<>();
        List<ReturnsPage.QualityRow> quality = new ArrayList<>();
        for (Project project : projects.values()) {
            CycleIndicators.Indicators ind = indicators.get(project.id());
            ProjectLink link = ProjectLink.of(project.id(), projects);
            ReturnsPage.Row row = row(link, ind, chases.getOrDefault(project.id(), List.of()));
            switch (ind.status().timeliness()) {
                case ON_TIME -> onTime.add(row);
                case LATE -> late.add(row);
                case MISSING -> missing.add(row);
                default -> throw new IllegalStateException("unknown timeliness " + ind.status().timeliness());
            }
            if (ind.dataQuality() != null) {
                quality.add(new ReturnsPage.QualityRow(link, ind.dataQuality().score(), ind.dataQuality().failed()));
            }
        }
        late.sort(Comparator.comparingInt((ReturnsPage.Row r) -> -r.workingDaysLate()));
        missing.sort(Comparator.comparing(ReturnsPage.Row::carried).thenComparingInt(r -> -r.monthsCarried()));
        quality.sort(Comparator.comparingInt(ReturnsPage.QualityRow::score).thenComparing(q -> q.project().id()));
        return new ReturnsPage(dueDate, cycle.cutOff(), onTime, late, missing, quality);
    }

    private static ReturnsPage.Row row(ProjectLink link, CycleIndicators.Indicators ind, List<ReturnsPage.Chase> chases) {
        ReturnStatus status = ind.status();
        if (status instanceof ReturnStatus.Missing m) {
            return new ReturnsPage.Row(link, null, 0, m.carried().map(r -> r.content().reportingMonth()).orElse(null),
                    m.monthsCarried(), chases);
        }
        LocalDate receivedOn = status instanceof ReturnStatus.Late l ? l.receivedOn() : ((ReturnStatus.OnTime) status).receivedOn();
        return new ReturnsPage.Row(link, receivedOn, ind.workingDaysLate(), null, 0, chases);
    }
}
