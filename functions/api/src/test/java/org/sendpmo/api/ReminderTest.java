package org.sendpmo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.audit.AuditAction;
import org.sendpmo.audit.AuditLog;
import org.sendpmo.cycle.Board;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.cycle.CycleRepository;
import org.sendpmo.cycle.ProgrammeTime;
import org.sendpmo.lead.Reminders;

/**
 * Reminders with the product's own wiring: the configured leads (the lead leads P01; nobody leads P02), H2, the
 * England and Wales calendar and the folder mailer. The default setting is 3 working days before the due date.
 * The run is given the instant to act at, as the scheduled check gives it the clock's.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReminderTest extends ApiTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    /**
     * Due Tuesday 29 December 2026. Christmas Day (Friday 25th) and the Boxing Day substitute (Monday 28th) are
     * bank holidays, so 3 working days before is Tuesday 22nd (24th if bank holidays were ignored).
     */
    private static final BoardCycle CHRISTMAS = new BoardCycle("remind-christmas", Board.STSB, "SEND Transformation Strategic Board",
            LocalDate.of(2027, 1, 12), YearMonth.of(2026, 12), LocalDate.of(2027, 1, 5), LocalDate.of(2026, 12, 29));

    @Inject
    Reminders reminders;

    @Inject
    CycleRepository cycles;

    @Inject
    AuditLog audit;

    @Override
    S3ProxyExtension s3() {
        return S3;
    }

    @org.junit.jupiter.api.BeforeAll
    void emptyOutbox() {
        ApiTestSupport.emptyOutbox(ReminderTest.class);
    }

    @Test
    void eachLeadWithAReturnNotInIsRemindedOnceTheSetNumberOfWorkingDaysBeforeItIsDue() throws Exception {
        cycles.save(CHRISTMAS);
        assertEquals(LocalDate.of(2026, 12, 22), reminders.reminderDay(LocalDate.of(2026, 12, 29)));

        assertEquals(0, reminders.sendDue(at("2026-12-21T17:00:00Z")).sent(), "not before the day");
        assertEquals(List.of(), remindersIn(CHRISTMAS));

        Reminders.Run run = reminders.sendDue(at("2026-12-22T08:00:00Z"));
        assertEquals(1, run.sent(), "one lead of P01; P02 has nobody to remind: " + run.failed());
        List<String> emails = remindersIn(CHRISTMAS);
        assertEquals(1, emails.size());
        assertTrue(emails.get(0).contains("To: lead@example.org"), emails.get(0));
        assertTrue(emails.get(0).contains("Subject: Reminder: monthly return for P01"), emails.get(0));
        assertTrue(emails.get(0).contains("Tuesday 29 December 2026"), emails.get(0));

        assertEquals(0, reminders.sendDue(at("2026-12-22T09:00:00Z")).sent(), "once per lead, project and cycle");
        assertEquals(0, reminders.sendDue(at("2026-12-24T09:00:00Z")).sent());
        assertEquals(1, remindersIn(CHRISTMAS).size());
        assertEquals(1, audit.between(at("2026-12-22T00:00:00Z"), at("2026-12-23T00:00:00Z"), 100).stream()
                .filter(e -> e.action() == AuditAction.RETURN_REMINDED && e.subject().equals("P01 in " + CHRISTMAS.id())).count());
    }

    @Test
    void aLeadWhoseReturnIsInIsNotReminded() throws Exception {
        YearMonth month = YearMonth.now(ProgrammeTime.ZONE).minusMonths(1);
        BoardCycle cycle = new BoardCycle("remind-in", Board.STSB, "SEND Transformation Strategic Board", LocalDate.of(2027, 2, 24), month,
                LocalDate.of(2027, 2, 17), LocalDate.of(2027, 2, 10));
        cycles.save(cycle);
        identity.as(ApiTestSupport.LEAD);
        assertEquals(HttpStatus.SEE_OTHER, ApiTestSupport.exchange(client,
                ApiTestSupport.postForm("/returns", ApiTestSupport.validForm("P01", month.toString(), "In early"))).getStatus());
        reminders.sendDue(at("2027-02-09T09:00:00Z"));
        assertEquals(List.of(), remindersIn(cycle));
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    /** The reminder emails in the outbox for the cycle's month. */
    private List<String> remindersIn(BoardCycle cycle) throws Exception {
        Path outbox = ApiTestSupport.outbox(ReminderTest.class);
        if (!Files.isDirectory(outbox)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(outbox)) {
            return files.filter(f -> f.toString().endsWith(".eml")).map(ReminderTest::read)
                    .filter(t -> t.contains("Subject: Reminder:") && t.contains("(" + cycle.reportingMonth() + ")")).toList();
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
