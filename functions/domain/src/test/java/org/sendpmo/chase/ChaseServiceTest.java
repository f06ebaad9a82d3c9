package org.sendpmo.chase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.sendpmo.access.Actor;
import org.sendpmo.access.Role;
import org.sendpmo.audit.AuditAction;
import org.sendpmo.audit.AuditEntry;
import org.sendpmo.audit.AuditLog;
import org.sendpmo.cycle.Board;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.cycle.CycleRepository;
import org.sendpmo.cycle.ReturnScheduleSettings;
import org.sendpmo.cycle.ReturnScheduler;
import org.sendpmo.cycle.WorkingDays;
import org.sendpmo.project.Project;
import org.sendpmo.project.ProjectDirectory;
import org.sendpmo.returns.Milestone;
import org.sendpmo.returns.ProjectReturn;
import org.sendpmo.returns.Rag;
import org.sendpmo.returns.RawKey;
import org.sendpmo.returns.RecordedReturn;
import org.sendpmo.returns.ReturnReceipt;
import org.sendpmo.returns.ReturnLedger;
import org.sendpmo.returns.ReturnStatusService;
import org.sendpmo.scoring.CriterionScores;
import org.sendpmo.storage.Transactions;

/**
 * Which returns are outstanding, and a chase: allowed to the office only, refused where there is nothing to
 * chase or no one to email, and rolled back whole when the email cannot be sent. The stores are in memory
 * with a transaction that keeps or drops their writes together, as the database does.
 */
class ChaseServiceTest {

    private static final Actor OFFICE = new Actor("priya", Set.of(Role.PROGRAMME_OFFICE), Set.of());
    private static final Actor LEAD = new Actor("sam", Set.of(Role.PROJECT_LEAD), Set.of("P01"));
    /** Meeting Monday 14 December 2026; due 10 working days before (30 November), cut-off 5 (7 December). */
    private static final BoardCycle CYCLE = new BoardCycle("stsb-2026-12", Board.STSB, "SEND Transformation Strategic Board",
            LocalDate.of(2026, 12, 14), YearMonth.of(2026, 11), LocalDate.of(2026, 12, 7));
    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    private final List<RecordedReturn> returns = new ArrayList<>();
    private final Map<String, List<LeadContact>> leads = new java.util.HashMap<>(Map.of(
            "P01", List.of(new LeadContact("sam", "Sam Okafor", "sam.okafor@example.org")),
            "P02", List.of(new LeadContact("jo", "Jo Bloggs", "")),
            "P03", List.of()));
    private final List<MailMessage> sent = new ArrayList<>();
    private boolean mailFails;
    private final Store store = new Store();

    private final ChaseService service = new ChaseService(outstanding(), cycles(), new ChaseMessage("SEND Programme",
            "https://assurance.example.org/"), this::send, store, store, store);

    @Test
    void aProjectWithNoReturnForTheMonthIsOutstandingWithItsLeadAndDaysLate() {
        returns.add(recorded("P02", YearMonth.of(2026, 11), "2026-11-20T09:00:00Z"));
        returns.add(recorded("P01", YearMonth.of(2026, 10), "2026-10-20T09:00:00Z"));
        List<OutstandingReturn> list = outstanding().forCycle(CYCLE, NOW);
        assertEquals(List.of("P01", "P03"), list.stream().map(o -> o.project().id()).toList());
        OutstandingReturn p01 = list.get(0);
        assertEquals(LocalDate.of(2026, 11, 30), p01.dueDate());
        assertEquals(2, p01.workingDaysLate(), "1 and 2 December are working days after the 30 November due date");
        assertEquals("carried forward from October 2026, not updated (1 month)", p01.status());
        assertEquals("sam.okafor@example.org", p01.reachable().get(0).email());
    }

    @Test
    void aReturnThatArrivedAfterTheCutOffIsNotChasedThoughThePackWillNotUseIt() {
        returns.add(recorded("P01", YearMonth.of(2026, 11), "2026-12-09T09:00:00Z"));
        assertTrue(outstanding().find(CYCLE, "P01", Instant.parse("2026-12-10T09:00:00Z")).isEmpty());
        assertTrue(outstanding().find(CYCLE, "P01", Instant.parse("2026-12-08T09:00:00Z")).isPresent(), "not yet received then");
    }

    @Test
    void theOfficeChasesAndTheChaseAuditAndEmailAllHappen() {
        ChaseService.Chased chased = assertInstanceOf(ChaseService.Chased.class, service.chase(CYCLE.id(), "P01", OFFICE, NOW));
        assertEquals(List.of("sam.okafor@example.org"), chased.chase().recipients());
        assertEquals("message-1", chased.chase().messageId());
        assertEquals(1, store.chases.size());
        assertEquals(AuditAction.RETURN_CHASED, store.audited.get(0).action());
        MailMessage mail = sent.get(0);
        assertEquals("Monthly return for P01 Annual review backlog (November 2026) not yet received", mail.subject());
        assertTrue(mail.body().startsWith("Dear Sam Okafor,"), mail.body());
        assertTrue(mail.body().contains("It was due on Monday 30 November 2026."), mail.body());
        assertTrue(mail.body().contains("SEND Transformation Strategic Board meeting on Monday 14 December 2026"), mail.body());
        assertTrue(mail.body().contains("https://assurance.example.org/returns/new?project=P01"), mail.body());
        assertEquals(List.of(chased.chase()), service.history(CYCLE.id()));
    }

    @Test
    void aMailFailureRollsTheChaseAndItsAuditBackAndSaysNothingWasSent() {
        mailFails = true;
        ChaseService.NotSent notSent = assertInstanceOf(ChaseService.NotSent.class, service.chase(CYCLE.id(), "P01", OFFICE, NOW));
        assertTrue(notSent.message().contains("nothing was sent"), notSent.message());
        assertEquals(List.of(), store.chases);
        assertEquals(List.of(), store.audited);
        assertEquals(List.of(), service.history(CYCLE.id()));
    }

    @Test
    void refusalsSayWhyAndSendNothing() {
        returns.add(recorded("P01", YearMonth.of(2026, 11), "2026-11-20T09:00:00Z"));
        assertInstanceOf(ChaseService.NotAllowed.class, service.chase(CYCLE.id(), "P03", LEAD, NOW));
        assertEquals("The return for P01 for 2026-11 has been received, so there is nothing to chase",
                assertInstanceOf(ChaseService.Refused.class, service.chase(CYCLE.id(), "P01", OFFICE, NOW)).problem().message());
        assertTrue(assertInstanceOf(ChaseService.Refused.class, service.chase(CYCLE.id(), "P02", OFFICE, NOW)).problem().message()
                .contains("No lead of P02 has an email address (jo)"));
        assertTrue(assertInstanceOf(ChaseService.Refused.class, service.chase(CYCLE.id(), "P03", OFFICE, NOW)).problem().message()
                .startsWith("Nobody is on record as leading P03"));
        assertEquals("There is no project 'P99'", assertInstanceOf(ChaseService.Rejected.class,
                service.chase(CYCLE.id(), "P99", OFFICE, NOW)).problems().get(0).message());
        assertEquals("cycleId", assertInstanceOf(ChaseService.Rejected.class,
                service.chase("no-such", "P01", OFFICE, NOW)).problems().get(0).field());
        assertEquals(List.of(), sent);
        assertEquals(List.of(), store.chases);
    }

    private String send(MailMessage message) {
        if (mailFails) {
            throw new MailUnavailable("The mail service did not answer.", null);
        }
        sent.add(message);
        return "message-" + sent.size();
    }

    private OutstandingReturns outstanding() {
        ReturnScheduler scheduler = new ReturnScheduler(new WorkingDays(d -> false), new ReturnScheduleSettings(10, 5));
        return new OutstandingReturns(projects(), ledger(), new ReturnStatusService(), scheduler,
                c -> scheduler.defaults(c.meetingDate()), p -> leads.getOrDefault(p, List.of()), store);
    }

    private static RecordedReturn recorded(String project, YearMonth month, String receivedAt) {
        ProjectReturn ret = new ProjectReturn(project, month, Rag.AMBER, "Progress", List.of(new Milestone("Pilot live",
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1), false)), List.of("Recruitment"),
                CriterionScores.of(3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3), "A. Lead");
        return new RecordedReturn(RawKey.forReturn(ret, (project + month + receivedAt).getBytes(StandardCharsets.UTF_8)), 1,
                Instant.parse(receivedAt), ret);
    }

    private ReturnLedger ledger() {
        return new ReturnLedger() {
            @Override
            public List<ReturnReceipt> receiptsBetween(YearMonth from, YearMonth upTo, Instant receivedBefore) {
                return returns.stream().filter(r -> !r.content().reportingMonth().isBefore(from)
                        && !r.content().reportingMonth().isAfter(upTo) && r.receivedAt().isBefore(receivedBefore))
                        .map(ReturnReceipt::of).toList();
            }

            @Override
            public List<RecordedReturn> findAll(java.util.Collection<RawKey> keys) {
                throw new UnsupportedOperationException("outstanding returns read receipts only");
            }

            @Override
            public Optional<RecordedReturn> findByRawKey(RawKey key) {
                throw new UnsupportedOperationException();
            }

            @Override
            public RecordedReturn record(ProjectReturn ret, RawKey key, Instant receivedAt) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<RecordedReturn> latestPerProject(YearMonth upToMonth, Instant receivedBefore) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<RecordedReturn> history(String projectId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public long count() {
                return returns.size();
            }
        };
    }

    private static ProjectDirectory projects() {
        List<Project> all = List.of(new Project("P01", "Annual review backlog", 3, Set.of(), "AD SCS"),
                new Project("P02", "Review of Special Schools", 2, Set.of(), "Director of Education"),
                new Project("P03", "Preparing for adulthood", 1, Set.of(), "Head of Service"));
        return new ProjectDirectory() {
            @Override
            public Optional<Project> find(String id) {
                return all.stream().filter(p -> p.id().equals(id)).findFirst();
            }

            @Override
            public List<Project> all() {
                return all;
            }

            @Override
            public void save(Project project) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private static CycleRepository cycles() {
        return new CycleRepository() {
            @Override
            public Optional<BoardCycle> find(String id) {
                return CYCLE.id().equals(id) ? Optional.of(CYCLE) : Optional.empty();
            }

            @Override
            public List<BoardCycle> all() {
                return List.of(CYCLE);
            }

            @Override
            public void save(BoardCycle cycle) {
                throw new UnsupportedOperationException();
            }
        };
    }

    /** The chase log and audit log in memory, and a transaction that keeps both lists' writes or neither. */
    private static final class Store implements ChaseLog, AuditLog, Transactions {
        final List<Chase> chases = new ArrayList<>();
        final List<AuditEntry> audited = new ArrayList<>();

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            List<Chase> chasesBefore = new ArrayList<>(chases);
            List<AuditEntry> auditedBefore = new ArrayList<>(audited);
            try {
                return work.get();
            } catch (RuntimeException e) {
                chases.clear();
                chases.addAll(chasesBefore);
                audited.clear();
                audited.addAll(auditedBefore);
                throw e;
            }
        }

        @Override
        public long open(String cycleId, String projectId, String chasedBy, List<String> recipients, Instant at) {
            chases.add(new Chase(cycleId, projectId, chasedBy, recipients, at, ""));
            return chases.size() - 1;
        }

        @Override
        public void sent(long id, String messageId) {
            Chase c = chases.get((int) id);
            chases.set((int) id, new Chase(c.cycleId(), c.projectId(), c.chasedBy(), c.recipients(), c.at(), messageId));
        }

        @Override
        public List<Chase> forCycle(String cycleId) {
            List<Chase> newestFirst = new ArrayList<>(chases.stream().filter(c -> c.cycleId().equals(cycleId)
                    && !c.messageId().isEmpty()).toList());
            java.util.Collections.reverse(newestFirst);
            return newestFirst;
        }

        @Override
        public void record(AuditEntry entry) {
            audited.add(entry);
        }

        @Override
        public List<AuditEntry> between(Instant from, Instant to, int limit) {
            return audited;
        }
    }
}
