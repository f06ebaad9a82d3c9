package org.sendpmo.local.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendpmo.kpi.KpiDefinition;
import org.sendpmo.project.Project;
import org.sendpmo.returns.KpiValue;
import org.sendpmo.returns.ProjectReturn;

/** The demo returns carry plausible finance, percent complete, areas and KPI values, with both outcomes of each check. */
class DemoReturnsTest {

    private static List<ProjectReturn> all() {
        List<ProjectReturn> returns = new ArrayList<>();
        List<Project> projects = DemoProjects.all();
        for (int m = 0; m < DemoCycles.MONTHS_WITH_RETURNS; m++) {
            for (int i = 0; i < projects.size(); i++) {
                returns.add(DemoReturns.returnFor(projects.get(i), i, DemoCycles.FIRST_MONTH.plusMonths(m)));
            }
        }
        return returns.stream().filter(Objects::nonNull).toList();
    }

    @Test
    void theNewFieldsAreFilledForSomeReturnsAndNotOthers() {
        List<ProjectReturn> returns = all();
        Set<String> kpiIds = DemoKpis.all().stream().map(KpiDefinition::id).collect(Collectors.toSet());
        assertTrue(returns.stream().anyMatch(r -> r.finance().financeAssured()), "some finance is assured");
        assertTrue(returns.stream().anyMatch(r -> r.finance().hasFigures() && !r.finance().financeAssured()), "some is not yet");
        assertTrue(returns.stream().anyMatch(r -> !r.finance().hasFigures()), "some projects give no figures");
        assertTrue(returns.stream().anyMatch(r -> r.percentComplete() == null));
        assertTrue(returns.stream().anyMatch(r -> r.percentComplete() != null && r.percentComplete().intValue() == 100));
        assertTrue(returns.stream().anyMatch(r -> r.kpiValues().size() == 2));
        assertTrue(returns.stream().anyMatch(r -> r.kpiValues().isEmpty() && !r.improvementAreas().isEmpty()),
                "about one month in six has no KPI value");
        assertTrue(returns.stream().flatMap(r -> r.kpiValues().stream()).map(KpiValue::kpiId).allMatch(kpiIds::contains),
                "every KPI value is for a demo KPI");
        List<Project> projects = DemoProjects.all();
        assertTrue(returns.stream().allMatch(r -> projects.stream().filter(p -> p.id().equals(r.projectId())).findFirst()
                .orElseThrow().improvementAreas().containsAll(r.improvementAreas())), "areas come from the project's own");
    }

    @Test
    void percentCompleteNeverFallsFromMonthToMonth() {
        Project p = DemoProjects.all().get(0);
        YearMonth first = DemoCycles.FIRST_MONTH;
        java.math.BigDecimal last = java.math.BigDecimal.ZERO;
        for (int m = 0; m < DemoCycles.MONTHS_WITH_RETURNS; m++) {
            ProjectReturn r = DemoReturns.returnFor(p, 0, first.plusMonths(m));
            if (r != null && r.percentComplete() != null) {
                assertTrue(r.percentComplete().compareTo(last) >= 0, r.percentComplete() + " after " + last);
                last = r.percentComplete();
            }
        }
    }
}
