package org.sendpmo.confidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sendpmo.access.Actor;
import org.sendpmo.access.Role;
import org.sendpmo.audit.AuditEntry;
import org.sendpmo.audit.AuditLog;
import org.sendpmo.cycle.Board;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.cycle.CycleRepository;
import org.sendpmo.project.ImprovementArea;
import org.sendpmo.project.Project;
import org.sendpmo.project.ProjectDirectory;

class AssessmentServiceTest {

    private static final Actor OFFICE = new Actor("priya", Set.of(Role.PROGRAMME_OFFICE), Set.of());
    private static final Actor LEAD = new Actor("sam", Set.of(Role.PROJECT_LEAD), Set.of("P01"));
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private final List<String> recorded = new ArrayList<>();
    private final List<AuditEntry> audited = new ArrayList<>();

    private final AssessedConfidenceStore store = new AssessedConfidenceStore() {
        @Override
        public void record(String projectId, String cycleId, AssessedConfidence a, Instant at) {
            recorded.add(projectId + " " + cycleId + " " + a.rating() + " by " + a.assessedBy() + " on " + a.assessedOn());
        }

        @Override
        public Optional<AssessedConfidence> forCycle(String projectId, String cycleId) {
            return Optional.empty();
        }

        @Override
        public Map<String, AssessedConfidence> forCycle(String cycleId) {
            return Map.of();
        }

        @Override
        public List<AssessedConfidence> history(String projectId, String cycleId) {
            return List.of();
        }
    };

    private final CycleRepository cycles = new CycleRepository() {
        private final BoardCycle cycle = new BoardCycle("stsb-2026-12", Board.STSB, "STSB", LocalDate.of(2026, 12, 14), YearMonth.of(2026, 11),
                LocalDate.of(2026, 12, 7));

        @Override
        public Optional<BoardCycle> find(String id) {
            return cycle.id().equals(id) ? Optional.of(cycle) : Optional.empty();
        }

        @Override
        public List<BoardCycle> all() {
            return List.of(cycle);
        }

        @Override
        public void save(BoardCycle c) {
            throw new UnsupportedOperationException();
        }
    };

    private final ProjectDirectory projects = new ProjectDirectory() {
        @Override
        public Optional<Project> find(String id) {
            return "P01".equals(id) ? Optional.of(new Project("P01", "Backlog", 1, Set.of(ImprovementArea.C1), "AD")) : Optional.empty();
        }

        @Override
        public List<Project> all() {
            return List.of(find("P01").orElseThrow());
        }

        @Override
        public void save(Project project) {
            throw new UnsupportedOperationException();
        }
    };

    private AssessmentService service(ConfidenceSettings settings, AuditLog audit) {
        return new AssessmentService(store, cycles, projects, settings, new org.sendpmo.storage.Transactions() {
            @Override
            public <T> T inTransaction(java.util.function.Supplier<T> work) {
                return work.get();
            }
        }, audit);
    }

    private final AuditLog audit = new AuditLog() {
        @Override
        public void record(AuditEntry entry) {
            audited.add(entry);
        }

        @Override
        public List<AuditEntry> between(Instant from, Instant to, int limit) {
            return audited;
        }
    };

    @Test
    void aRatingIsRecordedWithWhoAndTheDayInProgrammeTimeAndAudited() {
        var outcome = service(ConfidenceFixtures.fivePoint(), audit).record("stsb-2026-12", "P01", "Amber/Green", "On track again", OFFICE, NOW);
        assertInstanceOf(AssessmentService.Recorded.class, outcome);
        assertEquals(List.of("P01 stsb-2026-12 AMBER_GREEN by priya on 2026-12-01"), recorded);
        assertEquals("delivery confidence Amber/Green: On track again", audited.get(0).detail());
    }

    @Test
    void onTheThreePointScaleAFivePointRatingIsRefusedNamingTheScale() {
        var outcome = service(ConfidenceFixtures.threePoint(), audit).record("stsb-2026-12", "P01", "AMBER_GREEN", "x", OFFICE, NOW);
        var rejected = assertInstanceOf(AssessmentService.Rejected.class, outcome);
        assertEquals("Choose a rating on the programme's three-point scale: Green, Amber, Red", rejected.problems().get(0).message());
        assertTrue(recorded.isEmpty());
    }

    @Test
    void aProjectLeadMayNotRecordAJudgement() {
        assertInstanceOf(AssessmentService.NotAllowed.class,
                service(ConfidenceFixtures.fivePoint(), audit).record("stsb-2026-12", "P01", "GREEN", "x", LEAD, NOW));
        assertTrue(recorded.isEmpty() && audited.isEmpty());
    }

    @Test
    void whenTheAuditCannotBeWrittenTheFailureReachesTheCallerInsideTheTransaction() {
        AuditLog broken = new AuditLog() {
            @Override
            public void record(AuditEntry entry) {
                throw new IllegalStateException("audit unavailable");
            }

            @Override
            public List<AuditEntry> between(Instant from, Instant to, int limit) {
                return List.of();
            }
        };
        assertThrows(IllegalStateException.class,
                () -> service(ConfidenceFixtures.fivePoint(), broken).record("stsb-2026-12", "P01", "GREEN", "x", OFFICE, NOW));
    }
}
