package org.sendpmo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendpmo.api.ApiTestSupport.body;
import static org.sendpmo.api.ApiTestSupport.exchange;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.cycle.Board;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.cycle.CycleRepository;
import org.sendpmo.pack.BuildLedger;
import org.sendpmo.pack.BuildStatus;
import org.sendpmo.pack.PackBuild;

/**
 * The programme office starts a build through the api (the in-process launcher runs it on a background
 * thread, as the local run does; in AWS the Lambda launcher invokes the pack-builder function instead).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficeBuildTest extends ApiTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    private static final BoardCycle CYCLE = new BoardCycle("stsb-2026-10", Board.STSB, "SEND Transformation Strategic Board",
            LocalDate.of(2026, 10, 21), YearMonth.of(2026, 9), LocalDate.of(2026, 10, 14));

    @Inject
    CycleRepository cycles;

    @Inject
    BuildLedger builds;

    @Override
    S3ProxyExtension s3() {
        return S3;
    }

    @BeforeEach
    void setUp() {
        if (cycles.find(CYCLE.id()).isEmpty()) {
            cycles.save(CYCLE);
        }
    }

    @Test
    void theBuildButtonQueuesABuildThatPublishesThePack() throws InterruptedException {
        HttpResponse<String> response = exchange(client, ApiTestSupport.postForm("/office/cycles/" + CYCLE.id() + "/builds", java.util.Map.of()));
        assertEquals(HttpStatus.SEE_OTHER, response.getStatus());
        assertEquals("/office/cycles/" + CYCLE.id(), response.getHeaders().get("Location"));

        PackBuild build = awaitEnd(builds.forCycle(CYCLE.id()).get(0).id());
        assertEquals(BuildStatus.SUCCEEDED, build.status(), build.message());
        assertTrue(S3.client().getObjectAsBytes(r -> r.bucket(S3ProxyExtension.SITE_BUCKET)
                .key("cycles/" + CYCLE.id() + "/" + build.id() + "/index.html")).asByteArray().length > 0);

        Document office = Jsoup.parse(body(exchange(client, HttpRequest.GET("/office"))));
        assertTrue(office.getElementById("cycle-" + CYCLE.id()).text().contains("succeeded"), office.text());
        assertEquals("/pack/cycles/" + CYCLE.id() + "/index.html",
                office.getElementById("cycle-" + CYCLE.id()).select("a:contains(Read the pack)").attr("href"));
    }

    @Test
    void theJsonEndpointAnswers202AndReportsStatusAndUnknownCyclesAre404() throws InterruptedException {
        HttpResponse<String> started = exchange(client, HttpRequest.POST("/api/cycles/" + CYCLE.id() + "/builds", ""));
        assertEquals(HttpStatus.ACCEPTED, started.getStatus());
        String buildId = body(started).replaceAll(".*\"buildId\":\"([^\"]+)\".*", "$1");
        awaitEnd(buildId);
        HttpResponse<String> status = exchange(client, HttpRequest.GET("/api/builds/" + buildId));
        assertTrue(body(status).contains("\"status\":\"succeeded\""), body(status));

        assertEquals(HttpStatus.NOT_FOUND, exchange(client, HttpRequest.POST("/api/cycles/no-such-cycle/builds", "")).getStatus());
        assertEquals(HttpStatus.NOT_FOUND, exchange(client, ApiTestSupport.postForm("/office/cycles/no-such-cycle/builds", java.util.Map.of())).getStatus());
        assertEquals(HttpStatus.NOT_FOUND, exchange(client, HttpRequest.GET("/api/builds/nope")).getStatus());
    }

    private PackBuild awaitEnd(String buildId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            PackBuild b = builds.find(buildId).orElseThrow();
            if (b.status() == BuildStatus.SUCCEEDED || b.status() == BuildStatus.FAILED) {
                return b;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("build " + buildId + " did not finish in 30 s");
    }
}
