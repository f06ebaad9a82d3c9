package org.sendpmo.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sendpmo.project.ImprovementArea;
import org.sendpmo.project.Project;
import org.sendpmo.project.ProjectDirectory;
import org.sendpmo.scoring.Criterion;

class ReturnValidatorTest {

    private static final YearMonth NOW = YearMonth.of(2026, 11);

    /** The registry port in memory: this test is about validation rules, not storage. */
    private final ProjectDirectory directory = new ProjectDirectory() {
        private final Project p01 = new Project("P01", "Annual review backlog", 3, Set.of(ImprovementArea.C1), "Lead");

        @Override
        public Optional<Project> find(String projectId) {
            return "P01".equals(projectId) ? Optional.of(p01) : Optional.empty();
        }

        @Override
        public List<Project> all() {
            return List.of(p01);
        }

        @Override
        public void save(Project project) {
            throw new UnsupportedOperationException();
        }
    };

    private final ReturnValidator validator = new ReturnValidator(directory);

    private static Map<String, String> allScores(String value) {
        Map<String, String> scores = new HashMap<>();
        for (Criterion c : Criterion.values()) {
            scores.put(c.id(), value);
        }
        return scores;
    }

    @Test
    void aCompleteDraftBecomesAReturn() {
        ReturnDraft draft = new ReturnDraft(" P01 ", "2026-10", "amber", "On track except recruitment",
                List.of(new ReturnDraft.MilestoneDraft("Pilot live", "31/3/2026", "2026-05-15", "no"),
                        new ReturnDraft.MilestoneDraft("", "", "", "")),
                List.of("Recruitment of two caseworkers", ""), allScores("4"), "A. Lead");
        ProjectReturn ret = assertInstanceOf(ReturnValidator.Outcome.Valid.class, validator.validate(draft, NOW)).value();
        assertEquals("P01", ret.projectId());
        assertEquals(Rag.AMBER, ret.overallRag());
        assertEquals(List.of(new Milestone("Pilot live", LocalDate.of(2026, 3, 31), LocalDate.of(2026, 5, 15), false)),
                ret.milestones());
        assertEquals(List.of("Recruitment of two caseworkers"), ret.keyRisksAndIssues());
        assertTrue(ret.scores().missing().isEmpty());
    }

    @Test
    void everyProblemIsReportedOnItsOwnField() {
        Map<String, String> scores = allScores("");
        scores.put("c01", "6");
        scores.put("c02", "two");
        scores.put("c12", "3");
        ReturnDraft draft = new ReturnDraft("P99", "2027-01", "purple", " ",
                List.of(new ReturnDraft.MilestoneDraft("Go live", "31/2/2026", "", "maybe")), List.of(), scores, "");
        List<Problem> problems = assertInstanceOf(ReturnValidator.Outcome.Invalid.class, validator.validate(draft, NOW))
                .problems();
        assertEquals(List.of("projectId", "reportingMonth", "overallRag", "progressCommentary",
                        "milestones[0].baseline", "milestones[0].forecast", "milestones[0].complete",
                        "scores.c12", "scores.c01", "scores.c02", "submittedBy"),
                problems.stream().map(Problem::field).toList());
        assertEquals("purple", problems.get(2).value());
        assertTrue(problems.get(1).message().contains("cannot be after the current month"), problems.get(1).message());
        assertTrue(problems.get(8).message().contains("whole number from 1 to 5"), problems.get(8).message());
    }

    @Test
    void blankScoresAreAllowedAndLeaveTheAssessmentIncomplete() {
        ReturnDraft draft = new ReturnDraft("P01", "2026-11", "GREEN", "Started", List.of(), List.of(),
                Map.of("c01", "5"), "A. Lead");
        ProjectReturn ret = assertInstanceOf(ReturnValidator.Outcome.Valid.class, validator.validate(draft, NOW)).value();
        assertEquals(10, ret.scores().missing().size());
    }
}
