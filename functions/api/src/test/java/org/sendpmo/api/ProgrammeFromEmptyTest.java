package org.sendpmo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendpmo.api.ApiTestSupport.body;
import static org.sendpmo.api.ApiTestSupport.exchange;
import static org.sendpmo.api.ApiTestSupport.postForm;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sendpmo.adapters.s3.S3ProxyExtension;

/**
 * A programme set up from an empty database through HTTP alone, as the programme office would with the local
 * run's {@code --empty}: reference lists set, projects added on the registry's form, a board cycle set up, a lead's return, a pack built
 * and read. Nothing is written to the database or the buckets except through the product's routes.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammeFromEmptyTest implements TestPropertyProvider {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestIdentity identity;

    @Override
    public Map<String, String> getProperties() {
        return ApiTestSupport.properties(S3, getClass());
    }

    @Test
    void anOfficeUserSetsUpProjectsACycleAndBuildsAPackThroughHttpAlone() throws InterruptedException {
        BlockingHttpClient client = http.toBlocking();
        identity.as(ApiTestSupport.OFFICE);
        assertEquals("[]", body(exchange(client, HttpRequest.GET("/api/projects"))), "starts empty");

        // the reference data first: the groups' names and an appetite the programme wants lower than the default
        assertEquals(HttpStatus.SEE_OTHER, exchange(client, postForm("/office/reference/operational-groups",
                Map.of("value.2", "Inclusion, sufficiency and locality resources"))).getStatus());
        assertEquals(HttpStatus.SEE_OTHER, exchange(client, postForm("/office/reference/risk-appetite",
                Map.of("value.COMPLAINTS", "6"))).getStatus());

        Map<String, String> first = ProjectRegistryTest.form("Annual review backlog");
        first.put("dependencies", "");
        assertEquals(HttpStatus.SEE_OTHER, exchange(client, postForm("/office/projects", first)).getStatus());
        Map<String, String> second = ProjectRegistryTest.form("Enquiries hub");
        second.put("dependencies", "P01");
        assertEquals(HttpStatus.SEE_OTHER, exchange(client, postForm("/office/projects", second)).getStatus());

        HttpResponse<String> cycle = exchange(client, postForm("/office/cycles",
                Map.of("board", "STSB", "meetingDate", "16/12/2026", "reportingMonth", "2026-11")));
        assertEquals(HttpStatus.SEE_OTHER, cycle.getStatus(), body(cycle));
        String cycleId = cycle.header("Location").substring("/office/cycles/".length());

        identity.as(ApiTestSupport.LEAD);
        Map<String, String> ret = ApiTestSupport.validForm("P02", "2026-11", "Hub staffed and taking calls");
        ret.put("kpiValues[0].kpiId", "");
        HttpResponse<String> submitted = exchange(client, postForm("/returns", ret));
        assertEquals(HttpStatus.SEE_OTHER, submitted.getStatus(), "the registry made them lead of P02: " + body(submitted));

        identity.as(ApiTestSupport.OFFICE);
        HttpResponse<String> started = exchange(client, HttpRequest.POST("/api/cycles/" + cycleId + "/builds", ""));
        assertEquals(HttpStatus.ACCEPTED, started.getStatus(), body(started));
        String buildId = body(started).replaceAll(".*\"buildId\":\"([^\"]+)\".*", "$1");
        awaitSuccess(client, buildId);

        String index = body(exchange(client, HttpRequest.GET("/pack/cycles/" + cycleId + "/" + buildId + "/index.html")));
        assertTrue(index.contains("Annual review backlog") && index.contains("Enquiries hub"), index);
        String project = body(exchange(client, HttpRequest.GET("/pack/cycles/" + cycleId + "/" + buildId + "/projects/P02.html")));
        assertTrue(project.contains("Test project-lead"), "the pack shows the lead's name");
        String method = body(exchange(client, HttpRequest.GET("/pack/cycles/" + cycleId + "/" + buildId + "/method.html")));
        assertTrue(org.jsoup.Jsoup.parse(method).select("#appetite tr:contains(Complaints)").text().contains("6 For this category"),
                "the pack used the appetite set in the product");
    }

    private static void awaitSuccess(BlockingHttpClient client, String buildId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            String status = body(exchange(client, HttpRequest.GET("/api/builds/" + buildId)));
            if (status.contains("\"status\":\"succeeded\"")) {
                return;
            }
            assertTrue(!status.contains("\"status\":\"failed\""), status);
            Thread.sleep(200);
        }
        throw new AssertionError("build " + buildId + " did not finish in 60 s");
    }
}
