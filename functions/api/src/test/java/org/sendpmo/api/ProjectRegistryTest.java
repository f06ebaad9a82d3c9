package org.sendpmo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendpmo.api.ApiTestSupport.body;
import static org.sendpmo.api.ApiTestSupport.exchange;
import static org.sendpmo.api.ApiTestSupport.postForm;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.audit.AuditAction;
import org.sendpmo.audit.AuditEntry;
import org.sendpmo.audit.AuditLog;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.cycle.CycleRepository;
import org.sendpmo.cycle.ProgrammeTime;
import org.sendpmo.pack.BuildStatus;
import org.sendpmo.pack.PackBuild;
import org.sendpmo.pack.PackBuildService;
import org.sendpmo.project.Project;
import org.sendpmo.project.ProjectStage;

/**
 * The programme office's project registry through the API Gateway v2 proxy: adding, changing and closing projects
 * with the form and with JSON, every bad input refused on its field with nothing stored, every change audited,
 * a registry lead's right to report, and the effect of a change on the next pack built. Each test uses projects
 * of its own names.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectRegistryTest extends ApiTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    @Inject
    AuditLog audit;

    @Inject
    CycleRepository cycles;

    @Inject
    PackBuildService packs;

    @Override
    S3ProxyExtension s3() {
        return S3;
    }

    static Map<String, String> form(String name) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("description", "Registry test project");
        form.put("operationalGroup", "2");
        form.put("lead", ApiTestSupport.LEAD);
        form.put("improvementAreas.C2", "yes");
        form.put("improvementAreas.C5", "yes");
        form.put("priorities.B2", "yes");
        form.put("stage", "IMPLEMENTATION");
        form.put("startDate", "1/4/2026");
        form.put("plannedEndDate", "31/3/2027");
        form.put("dependencies", "P01");
        return form;
    }

    private Project add(String name) {
        HttpResponse<String> response = exchange(client, postForm("/office/projects", form(name)));
        assertEquals(HttpStatus.SEE_OTHER, response.getStatus(), body(response));
        return projects.all().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theFormAddsAProjectWithTheLeadsNameAndAnAuditEntry() {
        Instant before = Instant.now();
        Project p = add("Inclusion outreach pilot");
        assertEquals("Test project-lead", p.lead(), "the pack shows the lead's display name");
        assertEquals("lead", p.leadUsername());
        assertEquals(2, p.operationalGroup());
        assertEquals(ProjectStage.IMPLEMENTATION, p.stage());
        assertEquals(LocalDate.of(2027, 3, 31), p.plannedEndDate());
        assertEquals(java.util.Set.of("P01"), p.dependencies());
        assertEquals(java.util.Set.of(org.sendpmo.project.MinisterialPriority.B2), p.priorities());
        List<AuditEntry> entries = audit.between(before, Instant.now().plusSeconds(1), 50);
        assertTrue(entries.stream().anyMatch(e -> e.action() == AuditAction.PROJECT_CREATED && e.subject().equals(p.id())
                && e.actor().equals("office")), entries.toString());

        Document list = Jsoup.parse(body(exchange(client, HttpRequest.GET("/office/projects"))));
        assertTrue(list.getElementById("project-" + p.id()).text().contains("Test project-lead"), list.text());
    }

    @Test
    void everyBadInputOnTheFormIsRefusedOnItsFieldAndNothingIsStored() {
        add("Year R transition support");
        int count = projects.all().size();
        Map<String, String> bad = form("  year r   TRANSITION support ");
        bad.put("lead", "nobody");
        bad.put("startDate", "1/4/2026");
        bad.put("plannedEndDate", "1/3/2026");
        bad.put("dependencies", "P01, P999");
        HttpResponse<String> response = exchange(client, postForm("/office/projects", bad));
        assertEquals(HttpStatus.BAD_REQUEST, response.getStatus());
        Document page = Jsoup.parse(body(response));
        String summary = page.select(".govuk-error-summary").text();
        assertTrue(summary.contains("There is already a project called 'Year R transition support'"), summary);
        assertTrue(summary.contains("'nobody' is not a user"), summary);
        assertTrue(summary.contains("The planned end date must be on or after the start date"), summary);
        assertTrue(summary.contains("'P999' is not a project in the registry"), summary);
        assertEquals("#name", page.select(".govuk-error-summary a:contains(already a project)").attr("href"));
        assertEquals("#lead", page.select(".govuk-error-summary a:contains(not a user)").attr("href"));
        assertEquals("#plannedEndDate", page.select(".govuk-error-summary a:contains(planned end date)").attr("href"));
        assertEquals("#dependencies", page.select(".govuk-error-summary a:contains(P999)").attr("href"));
        assertEquals("1/3/2026", page.getElementById("plannedEndDate").val(), "what was typed is kept");
        assertEquals(count, projects.all().size(), "nothing stored");
    }

    @Test
    void aProjectCannotDependOnItselfAndUnknownAreasAndPrioritiesAreRefusedOverJson() {
        Project p = add("SEND handbook refresh");
        Map<String, String> self = form(p.name());
        self.put("dependencies", p.id());
        HttpResponse<String> own = exchange(client, postForm("/office/projects/" + p.id(), self));
        assertEquals(HttpStatus.BAD_REQUEST, own.getStatus());
        assertTrue(Jsoup.parse(body(own)).select(".govuk-error-summary").text().contains("A project cannot depend on itself (" + p.id() + ")"));

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", "Tribunal learning review");
        json.put("lead", "lead");
        json.put("improvementAreas", List.of("C1", "C10"));
        json.put("priorities", List.of("B6"));
        json.put("stage", "hibernation");
        HttpResponse<String> rejected = exchange(client, HttpRequest.POST("/api/projects", json));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, rejected.getStatus());
        String answer = body(rejected);
        assertTrue(answer.contains("\"field\":\"improvementAreas\"") && answer.contains("'C10' is not an improvement area"), answer);
        assertTrue(answer.contains("\"field\":\"priorities\"") && answer.contains("'B6' is not a ministerial priority"), answer);
        assertTrue(answer.contains("\"field\":\"stage\"") && answer.contains("'hibernation' is not a stage"), answer);
        assertTrue(projects.all().stream().noneMatch(x -> x.name().equals("Tribunal learning review")));

        json.put("improvementAreas", List.of("C1"));
        json.put("priorities", List.of("B1"));
        json.put("stage", "Discovery");
        HttpResponse<String> created = exchange(client, HttpRequest.POST("/api/projects", json));
        assertEquals(HttpStatus.CREATED, created.getStatus(), body(created));
        assertTrue(body(created).contains("\"leadName\":\"Test project-lead\""), body(created));
    }

    @Test
    void aCircularDependencyIsRefusedOnTheFormAndOverJsonNamingTheCycleAndNothingIsStored() {
        Project first = add("Annual review catch-up");
        Map<String, String> second = form("Annual review quality audit");
        second.put("dependencies", first.id());
        assertEquals(HttpStatus.SEE_OTHER, exchange(client, postForm("/office/projects", second)).getStatus());
        Project audit = projects.all().stream().filter(p -> p.name().equals(second.get("name"))).findFirst().orElseThrow();

        Map<String, String> back = form(first.name());
        back.put("dependencies", audit.id());
        HttpResponse<String> refused = exchange(client, postForm("/office/projects/" + first.id(), back));
        assertEquals(HttpStatus.BAD_REQUEST, refused.getStatus());
        Document page = Jsoup.parse(body(refused));
        String cycle = first.id() + " depends on " + audit.id() + ", which depends on " + first.id();
        assertTrue(page.select(".govuk-error-summary").text().contains(cycle), page.select(".govuk-error-summary").text());
        assertEquals("#dependencies", page.select(".govuk-error-summary a:contains(which depends on)").attr("href"));

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", first.name());
        json.put("lead", "lead");
        json.put("stage", "Implementation");
        json.put("dependencies", List.of(audit.id()));
        HttpResponse<String> overJson = exchange(client, HttpRequest.PUT("/api/projects/" + first.id(), json));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, overJson.getStatus());
        assertTrue(body(overJson).contains("\"field\":\"dependencies\"") && body(overJson).contains(cycle), body(overJson));
        assertEquals(first.dependencies(), projects.find(first.id()).orElseThrow().dependencies(), "nothing stored");
    }

    @Test
    void aLeadMayReportOnTheProjectsTheRegistryNamesThemLeadOf() {
        Map<String, String> f = form("Parent carer forum co-production");
        f.put("lead", ApiTestSupport.OFFICE);
        add(f.get("name"));
        // saved with the lead as office first: the configured lead (who leads P01 only) may not read its returns
        Project p = projects.all().stream().filter(x -> x.name().equals(f.get("name"))).findFirst().orElseThrow();
        Map<String, String> byOffice = form(p.name());
        byOffice.put("lead", ApiTestSupport.OFFICE);
        assertEquals(HttpStatus.SEE_OTHER, exchange(client, postForm("/office/projects/" + p.id(), byOffice)).getStatus());
        identity.as(ApiTestSupport.LEAD);
        assertEquals(HttpStatus.FORBIDDEN, exchange(client, HttpRequest.GET("/api/projects/" + p.id() + "/returns")).getStatus());

        identity.as(ApiTestSupport.OFFICE);
        assertEquals(HttpStatus.SEE_OTHER, exchange(client, postForm("/office/projects/" + p.id(), form(p.name()))).getStatus());
        identity.as(ApiTestSupport.LEAD);
        assertEquals(HttpStatus.OK, exchange(client, HttpRequest.GET("/api/projects/" + p.id() + "/returns")).getStatus(),
                "the registry names them lead, without signing in again");
        Document returnForm = Jsoup.parse(body(exchange(client, HttpRequest.GET("/returns/new"))));
        assertFalse(returnForm.select("option[value=" + p.id() + "]").isEmpty(), "offered on the return form");
        assertEquals(List.of("lead@example.org"), leads.forProject(p.id()).stream().map(c -> c.email()).toList(),
                "and chased for it");
    }

    @Inject
    org.sendpmo.chase.ProjectLeads leads;

    @Test
    void aRenamedProjectShowsItsNewNameAndAClosedOneLeavesTheRollUpsFromTheNextMonth() {
        Project renamed = add("Enquiries hub set-up");
        Project closing = add("Hospital schools review");
        Map<String, String> rename = form("Enquiries hub, phase 2");
        assertEquals(HttpStatus.SEE_OTHER, exchange(client, postForm("/office/projects/" + renamed.id(), rename)).getStatus());
        Instant before = Instant.now();
        assertEquals(HttpStatus.SEE_OTHER, exchange(client, postForm("/office/projects/" + closing.id() + "/close", Map.of())).getStatus());
        Project closed = projects.find(closing.id()).orElseThrow();
        LocalDate today = LocalDate.now(ProgrammeTime.ZONE);
        assertEquals(today, closed.closedOn());
        assertTrue(audit.between(before, Instant.now().plusSeconds(1), 20).stream()
                .anyMatch(e -> e.action() == AuditAction.PROJECT_CLOSED && e.subject().equals(closing.id())));

        YearMonth closingMonth = YearMonth.from(today);
        String sameMonth = build("stsb-reg-" + closingMonth, closingMonth);
        String nextMonth = build("stsb-reg-" + closingMonth.plusMonths(1), closingMonth.plusMonths(1));
        assertTrue(page(sameMonth, "projects/" + closing.id() + ".html").contains("Hospital schools review"),
                "still in the cycle reporting on the month it closed in");
        assertTrue(page(sameMonth, "index.html").contains("Hospital schools review"));
        assertFalse(page(nextMonth, "index.html").contains("Hospital schools review"), "gone from the next month's roll-ups");
        assertFalse(exists(nextMonth, "projects/" + closing.id() + ".html"));
        assertTrue(page(nextMonth, "projects/" + renamed.id() + ".html").contains("Enquiries hub, phase 2"));
        assertTrue(projects.find(closing.id()).isPresent(), "a closed project is kept");
    }

    private String build(String cycleId, YearMonth month) {
        return TestPacks.build(cycles, packs, cycleId, month);
    }

    private static String page(String folder, String path) {
        return TestPacks.page(S3, folder, path);
    }

    private static boolean exists(String folder, String path) {
        try {
            page(folder, path);
            return true;
        } catch (software.amazon.awssdk.services.s3.model.NoSuchKeyException e) {
            return false;
        }
    }
}
