package org.sendpmo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendpmo.api.ApiTestSupport.body;
import static org.sendpmo.api.ApiTestSupport.exchange;
import static org.sendpmo.api.ApiTestSupport.postForm;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.audit.AuditAction;
import org.sendpmo.audit.AuditEntry;
import org.sendpmo.audit.AuditLog;
import org.sendpmo.chase.Chase;
import org.sendpmo.chase.ChaseLog;
import org.sendpmo.cycle.Board;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.cycle.CycleRepository;
import org.sendpmo.cycle.ProgrammeTime;

/**
 * The programme office chases an outstanding return through the API Gateway proxy: the email is an .eml file
 * in the test's outbox (the folder mailer), the chase and its audit entry are in the database, and a project
 * whose return is in, or a mail service that fails, leaves nothing behind.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChaseTest extends ApiTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    /** A cycle for this month whose cut-off is still to come, so a return sent now counts for it. */
    private static final YearMonth MONTH = YearMonth.now(ProgrammeTime.ZONE);
    private static final LocalDate MEETING = LocalDate.now(ProgrammeTime.ZONE).plusDays(60);
    private static final BoardCycle CYCLE = new BoardCycle("chase-test", Board.STSB, "SEND Transformation Strategic Board",
            MEETING, MONTH, MEETING.minusDays(7));

    @Inject
    CycleRepository cycles;

    @Inject
    ChaseLog chases;

    @Inject
    AuditLog audit;

    private final Path outbox = ApiTestSupport.outbox(ChaseTest.class);

    @Override
    S3ProxyExtension s3() {
        return S3;
    }

    @BeforeEach
    void cycle() {
        if (cycles.find(CYCLE.id()).isEmpty()) {
            cycles.save(CYCLE);
        }
    }

    @Test
    void theOfficeChasesAnOutstandingReturnAndTheEmailChaseAndAuditAreAllThereTwice() throws Exception {
        Document page = Jsoup.parse(body(exchange(client, HttpRequest.GET("/office/cycles/" + CYCLE.id() + "/returns"))));
        assertTrue(page.select("#chase-P01").text().contains("lead@example.org"), page.select("#outstanding").text());
        assertTrue(page.select("#chase-P01").text().contains("Not chased"), page.select("#chase-P01").text());

        int before = emails().size();
        long auditedBefore = chasedAudits();
        HttpResponse<String> response = exchange(client, postForm("/office/cycles/" + CYCLE.id() + "/chases", Map.of("projectId", "P01")));
        assertEquals(303, response.code(), body(response));
        Document after = Jsoup.parse(body(exchange(client, HttpRequest.GET(response.header("Location")))));
        assertTrue(after.select(".govuk-notification-banner--success").text()
                .contains("P01 chased: an email went to Test project-lead (lead@example.org)."), after.select("main").text());
        assertTrue(after.select("#chase-P01").text().contains("by office"), after.select("#chase-P01").text());

        List<Path> sent = emails();
        assertEquals(before + 1, sent.size());
        MimeMessage mail = read(sent.get(sent.size() - 1));
        assertEquals("lead@example.org", mail.getRecipients(Message.RecipientType.TO)[0].toString());
        assertEquals("Monthly return for P01 Annual review backlog ("
                + DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK).format(MONTH) + ") not yet received", mail.getSubject());
        String text = mail.getContent().toString();
        assertTrue(text.contains("SEND Transformation Strategic Board meeting on "
                + DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK).format(MEETING)), text);
        assertTrue(text.contains("http://127.0.0.1:8080/returns/new?project=P01"), text);

        Chase chase = chases.forCycle(CYCLE.id()).get(0);
        assertEquals(List.of("P01", "office", List.of("lead@example.org"), mail.getMessageID()),
                List.of(chase.projectId(), chase.chasedBy(), chase.recipients(), chase.messageId()));
        assertEquals(auditedBefore + 1, chasedAudits());
        AuditEntry entry = audit.between(Instant.EPOCH, Instant.now().plusSeconds(1), 1).get(0);
        assertEquals(List.of(AuditAction.RETURN_CHASED, "office", "P01 in " + CYCLE.id()), List.of(entry.action(), entry.actor(), entry.subject()));

        HttpResponse<String> again = exchange(client, HttpRequest.POST("/api/cycles/" + CYCLE.id() + "/chases", Map.of("projectId", "P01")));
        assertEquals(201, again.code(), body(again));
        assertEquals(before + 2, emails().size());
        assertEquals(2, chases.forCycle(CYCLE.id()).stream().filter(c -> c.projectId().equals("P01")).count());
        assertEquals(auditedBefore + 2, chasedAudits());
        String history = body(exchange(client, HttpRequest.GET("/api/cycles/" + CYCLE.id() + "/chases")));
        assertTrue(history.contains("\"chasedBy\":\"office\"") && history.contains("\"recipients\":[\"lead@example.org\"]"), history);
    }

    @Test
    void aProjectWhoseReturnIsInIsNotChasedAndNothingIsWritten() throws IOException {
        HttpResponse<String> submitted = exchange(client, postForm("/returns", ApiTestSupport.validForm("P02", MONTH.toString(), "On track")));
        assertEquals(303, submitted.code(), body(submitted));
        int emails = emails().size();
        int recorded = chases.forCycle(CYCLE.id()).size();

        HttpResponse<String> form = exchange(client, postForm("/office/cycles/" + CYCLE.id() + "/chases", Map.of("projectId", "P02")));
        assertEquals(409, form.code());
        assertTrue(Jsoup.parse(body(form)).select(".govuk-error-summary").text()
                .contains("The return for P02 for " + MONTH + " has been received, so there is nothing to chase"), body(form));
        HttpResponse<String> json = exchange(client, HttpRequest.POST("/api/cycles/" + CYCLE.id() + "/chases", Map.of("projectId", "P02")));
        assertEquals(409, json.code());
        assertEquals(emails, emails().size());
        assertEquals(recorded, chases.forCycle(CYCLE.id()).size());
        assertTrue(Jsoup.parse(body(exchange(client, HttpRequest.GET("/office/cycles/" + CYCLE.id() + "/returns"))))
                .select("#chase-P02").isEmpty(), "P02 is no longer outstanding");
    }

    @Test
    void badRequestsAreRefusedWithWhatIsWrong() {
        assertEquals(404, exchange(client, HttpRequest.GET("/office/cycles/no-such/returns")).code());
        assertEquals(404, exchange(client, HttpRequest.POST("/api/cycles/no-such/chases", Map.of("projectId", "P01"))).code());
        HttpResponse<String> unknown = exchange(client, HttpRequest.POST("/api/cycles/" + CYCLE.id() + "/chases", Map.of("projectId", "P99")));
        assertEquals(400, unknown.code());
        assertTrue(body(unknown).contains("There is no project 'P99'"), body(unknown));
        HttpResponse<String> none = exchange(client, postForm("/office/cycles/" + CYCLE.id() + "/chases", Map.of("projectId", "")));
        assertEquals(400, none.code());
        assertTrue(body(none).contains("Choose the project whose return to chase"), body(none));
    }

    @Test
    void whenTheEmailCannotBeWrittenTheOfficeIsToldNothingWasSentAndNothingIsRecorded() throws IOException {
        Path aside = outbox.resolveSibling(outbox.getFileName() + ".aside");
        Files.createDirectories(outbox);
        Files.move(outbox, aside);
        Files.writeString(outbox, "a file where the outbox folder should be, so the mailer cannot write");
        int recorded = chases.forCycle(CYCLE.id()).size();
        long audited = chasedAudits();
        try {
            HttpResponse<String> response = exchange(client, postForm("/office/cycles/" + CYCLE.id() + "/chases", Map.of("projectId", "P01")));
            assertEquals(503, response.code());
            assertTrue(Jsoup.parse(body(response)).select(".govuk-error-summary").text().contains("nothing was sent"), body(response));
            HttpResponse<String> json = exchange(client, HttpRequest.POST("/api/cycles/" + CYCLE.id() + "/chases", Map.of("projectId", "P01")));
            assertEquals(503, json.code());
            assertEquals(recorded, chases.forCycle(CYCLE.id()).size());
            assertEquals(audited, chasedAudits());
        } finally {
            Files.delete(outbox);
            Files.move(aside, outbox);
        }
    }

    private long chasedAudits() {
        return audit.between(Instant.EPOCH, Instant.now().plusSeconds(1), 10_000).stream()
                .filter(e -> e.action() == AuditAction.RETURN_CHASED).count();
    }

    private List<Path> emails() throws IOException {
        if (!Files.isDirectory(outbox)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(outbox)) {
            return files.filter(f -> f.toString().endsWith(".eml")).sorted().toList();
        }
    }

    private static MimeMessage read(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }
}
