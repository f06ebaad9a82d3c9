package org.sendpmo.local.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendpmo.project.Project;
import org.sendpmo.risk.EscalationStatus;
import org.sendpmo.risk.KriStatus;
import org.sendpmo.risk.RatingBand;
import org.sendpmo.risk.RiskAssessment;
import org.sendpmo.risk.RiskAssessor;
import org.sendpmo.risk.RiskCategory;
import org.sendpmo.risk.RiskEntry;
import org.sendpmo.risk.RiskRating;
import org.sendpmo.risk.RiskSettings;

class DemoRisksTest {

    /** Methodology v1's risk settings, as application.yml holds them. */
    private static final RiskAssessor V1 = new RiskAssessor(new RiskSettings(List.of(new RatingBand(RiskRating.LOW, 1, 6),
            new RatingBand(RiskRating.MEDIUM, 8, 12), new RatingBand(RiskRating.HIGH, 15, 25)), 12, Map.of(),
            Map.of(RiskRating.HIGH, 30, RiskRating.MEDIUM, 90, RiskRating.LOW, 180)));
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final LocalDate CUT_OFF = LocalDate.of(2026, 11, 11);

    @Test
    void theRegisterIsDeterministicWithTwentyFiveEntriesLinkedToDemoProjects() {
        List<RiskEntry> october = DemoRisks.asAt(OCTOBER, CUT_OFF.minusDays(2));
        assertEquals(october, DemoRisks.asAt(OCTOBER, CUT_OFF.minusDays(2)));
        assertEquals(25, october.size());
        assertEquals(25, october.stream().map(RiskEntry::id).distinct().count());
        Set<String> projects = DemoProjects.all().stream().map(Project::id).collect(Collectors.toSet());
        assertTrue(october.stream().flatMap(e -> e.projectIds().stream()).allMatch(projects::contains));
        assertTrue(october.stream().map(RiskEntry::category).distinct().count() >= 8, "a mix of categories");
        assertEquals(24, DemoRisks.asAt(YearMonth.of(2026, 3), LocalDate.of(2026, 4, 6)).size(), "R23 is raised in April");
        assertTrue(october.stream().allMatch(e -> !e.lastReviewed().isAfter(CUT_OFF.minusDays(2))), "no review in the future");
    }

    @Test
    void theOctoberCycleHasSomethingOnEveryListOfTheRisksPage() {
        List<RiskAssessment> open = DemoRisks.asAt(OCTOBER, CUT_OFF.minusDays(2)).stream().filter(RiskEntry::isOpen)
                .map(e -> V1.assess(e, CUT_OFF, OCTOBER)).toList();
        assertEquals(24, open.size(), "R20 is closed");
        assertEquals(Set.of(RiskRating.HIGH, RiskRating.MEDIUM, RiskRating.LOW),
                open.stream().map(RiskAssessment::rating).collect(Collectors.toSet()));
        assertTrue(open.stream().filter(RiskAssessment::outsideAppetite).count() >= 5);
        assertTrue(open.stream().filter(RiskAssessment::reviewOverdue).count() >= 3);
        assertTrue(open.stream().filter(RiskAssessment::mitigationOverdue).count() >= 3);
        Map<KriStatus, Long> kris = open.stream().flatMap(a -> a.kris().stream())
                .collect(Collectors.groupingBy(k -> k.status(), Collectors.counting()));
        assertTrue(kris.get(KriStatus.RED) >= 2 && kris.get(KriStatus.AMBER) >= 2, kris.toString());
        assertTrue(open.stream().filter(a -> a.entry().escalation() != EscalationStatus.NONE).count() >= 5);
        assertTrue(open.stream().anyMatch(a -> a.entry().category() == RiskCategory.FINANCE_HIGH_NEEDS && a.outsideAppetite()));
    }
}
