package org.sendpmo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendpmo.api.ApiTestSupport.body;
import static org.sendpmo.api.ApiTestSupport.exchange;
import static org.sendpmo.api.ApiTestSupport.postForm;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.project.Project;

/**
 * The registry exported as XLSX and CSV and imported again through the same upload path as returns: unchanged
 * it changes nothing; edited it changes exactly what was edited; a file with bad rows is refused whole, with every
 * problem on its row and column, and changes nothing.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectRegistryImportTest extends ApiTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    @Inject
    EmbeddedServer server;

    @Override
    S3ProxyExtension s3() {
        return S3;
    }

    private Map<String, Object> upload(String fileName, byte[] bytes) {
        ApiTestSupport.Browser browser = ApiTestSupport.browser(server.getApplicationContext(), server.getURI(), identity.username());
        return UploadSupport.awaitRead(client, UploadSupport.idFrom(UploadSupport.postFile(browser, "project-registry", fileName, bytes, false)));
    }

    private void ensureAdded(String name) {
        if (projects.all().stream().noneMatch(p -> p.name().equals(name))) {
            assertEquals(303, exchange(client, postForm("/office/projects", ProjectRegistryTest.form(name))).code());
        }
    }

    private String exportCsv() {
        HttpResponse<String> csv = exchange(client, HttpRequest.GET("/office/projects/export/project-registry.csv"));
        assertEquals(200, csv.code());
        return body(csv);
    }

    @Test
    void theExportedWorkbookUploadsAgainChangingNothingAndAnEditedCsvChangesWhatWasEdited() {
        ensureAdded("Autism training offer");
        ensureAdded("Locality resource review");
        List<Project> before = projects.all();

        var download = ApiTestSupport.getThroughHandler(server.getApplicationContext(), "/office/projects/export/project-registry.xlsx");
        Map<String, Object> same = upload("registry.xlsx", Base64.getDecoder().decode(download.getBody()));
        assertEquals("ACCEPTED", same.get("state"), same.toString());
        assertEquals(0, ((Number) same.get("recorded")).intValue(), same.toString());
        assertEquals(before.size(), ((Number) same.get("unchanged")).intValue(), same.toString());
        assertEquals(before, projects.all(), "a round trip changes nothing");

        String csv = exportCsv();
        Project training = before.stream().filter(p -> p.name().equals("Autism training offer")).findFirst().orElseThrow();
        String edited = csv.replace("Autism training offer", "Autism training offer (phase 2)")
                + ",Sensory needs outreach,,1,lead,C8,B4,Scoping,2026-05-01,2026-12-31," + training.id() + "\r\n";
        Map<String, Object> changed = upload("registry.csv", edited.getBytes(StandardCharsets.UTF_8));
        assertEquals("ACCEPTED", changed.get("state"), changed.toString());
        assertEquals(2, ((Number) changed.get("recorded")).intValue(), changed.toString());
        assertEquals("Autism training offer (phase 2)", projects.find(training.id()).orElseThrow().name());
        Project added = projects.all().stream().filter(p -> p.name().equals("Sensory needs outreach")).findFirst().orElseThrow();
        assertEquals("Test project-lead", added.lead());
        assertEquals(java.util.Set.of(training.id()), added.dependencies());
        assertEquals(before.size() + 1, projects.all().size());
    }

    @Test
    void aFileWithBadRowsIsRefusedWholeWithEveryProblemOnItsRowAndNothingChanges() {
        ensureAdded("Transition charter");
        List<Project> before = projects.all();
        String header = exportCsv().lines().findFirst().orElseThrow();
        String csv = header + "\r\n"
                + ",Early years review,,2,lead,C1,,Discovery,,,\r\n"                       // row 2: fine on its own
                + ",transition  CHARTER,,2,lead,C1,,Discovery,,,\r\n"                      // row 3: duplicate of a project
                + ",Early Years Review,,2,lead,C1,,Discovery,,,\r\n"                       // row 4: duplicate of row 2
                + ",Hub pilot,,2,nobody,C1,,Discovery,,,\r\n"                              // row 5: not a user
                + ",Backlog sprint,,2,lead,C10,B9,Discovery,,,\r\n"                        // row 6: unknown area and priority
                + ",Tribunal review,,2,lead,C1,,Discovery,2026-06-01,2026-05-01,\r\n"      // row 7: ends before it starts
                + ",Nurture service,,2,lead,C1,,Discovery,,,P999\r\n"                      // row 8: unknown dependency
                + "P77,Self reliant,,2,lead,C1,,Discovery,,,P77\r\n";                      // row 9: depends on itself
        Map<String, Object> refused = upload("bad.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals("REJECTED", refused.get("state"), refused.toString());
        String problems = refused.get("problems").toString();
        assertTrue(problems.contains("row=6") && problems.contains("C10"), problems);
        assertTrue(problems.contains("B9"), problems);
        assertEquals(before, projects.all(), "a refused file changes nothing");

        // with the cell-level problems fixed, the registry's own checks report on their rows and columns
        Map<String, Object> second = upload("bad2.csv", csv.replace("C10,B9", "C1,B1").getBytes(StandardCharsets.UTF_8));
        assertEquals("REJECTED", second.get("state"), second.toString());
        String report = second.get("problems").toString();
        assertProblem(report, 3, "Name", "There is already a project called 'Transition charter'");
        assertProblem(report, 4, "Name", "There is already a project called 'Early years review'");
        assertProblem(report, 5, "Lead", "'nobody' is not a user");
        assertProblem(report, 7, "Planned end date", "must be on or after the start date");
        assertProblem(report, 8, "Depends on", "'P999' is not a project in the registry");
        assertProblem(report, 9, "Depends on", "A project cannot depend on itself (P77)");
        assertEquals(before, projects.all(), "all or nothing: the good row 2 was not stored either");
    }

    @Test
    void aFileWhoseRowsMakeACircularDependencyIsRefusedNamingTheCycle() {
        ensureAdded("Preparing for adulthood review");
        ensureAdded("Post-16 pathways");
        List<Project> before = projects.all();
        Project adulthood = before.stream().filter(p -> p.name().equals("Preparing for adulthood review")).findFirst().orElseThrow();
        Project pathways = before.stream().filter(p -> p.name().equals("Post-16 pathways")).findFirst().orElseThrow();
        String header = exportCsv().lines().findFirst().orElseThrow();
        String csv = header + "\r\n"
                + adulthood.id() + ",Preparing for adulthood review,,2,lead,C1,,Discovery,,," + pathways.id() + "\r\n"
                + pathways.id() + ",Post-16 pathways,,2,lead,C1,,Discovery,,," + adulthood.id() + "\r\n";

        Map<String, Object> refused = upload("cycle.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertEquals("REJECTED", refused.get("state"), refused.toString());
        String report = refused.get("problems").toString();
        assertProblem(report, 2, "Depends on", adulthood.id() + " depends on " + pathways.id() + ", which depends on " + adulthood.id());
        assertProblem(report, 3, "Depends on", pathways.id() + " depends on " + adulthood.id() + ", which depends on " + pathways.id());
        assertEquals(before, projects.all(), "a refused file changes nothing");
    }

    private static void assertProblem(String report, int row, String column, String message) {
        assertTrue(report.matches("(?s).*row=" + row + ", column=" + java.util.regex.Pattern.quote(column) + ",[^}]*"
                + java.util.regex.Pattern.quote(message) + ".*"), "row " + row + " " + column + ": " + report);
    }
}
