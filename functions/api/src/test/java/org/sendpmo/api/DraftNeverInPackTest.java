package org.sendpmo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.cycle.Board;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.cycle.CycleRepository;
import org.sendpmo.cycle.ProgrammeTime;
import org.sendpmo.lead.SavedDrafts;
import org.sendpmo.pack.BuildLedger;
import org.sendpmo.pack.BuildStatus;
import org.sendpmo.pack.PackBuild;
import org.sendpmo.returns.ReturnArchive;

/**
 * A pack built while a lead has a draft saved: the draft is nowhere in it, nor in the raw bucket, while a
 * submitted return of the same month is (which shows the pack does print what a return says).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DraftNeverInPackTest extends ApiTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    private static final YearMonth MONTH = YearMonth.now(ProgrammeTime.ZONE).minusMonths(1);
    private static final BoardCycle CYCLE = new BoardCycle("draft-pack", Board.STSB, "SEND Transformation Strategic Board",
            LocalDate.now(ProgrammeTime.ZONE).plusDays(30), MONTH, LocalDate.now(ProgrammeTime.ZONE).plusDays(20));

    @Inject
    CycleRepository cycles;

    @Inject
    BuildLedger builds;

    @Inject
    SavedDrafts drafts;

    @Inject
    ReturnArchive archive;

    @Override
    S3ProxyExtension s3() {
        return S3;
    }

    @Test
    void aSavedDraftIsNeverInThePack() throws InterruptedException {
        cycles.save(CYCLE);
        identity.as(ApiTestSupport.LEAD);
        Map<String, String> draft = ApiTestSupport.validForm("P01", MONTH.toString(), "DRAFT-ONLY-WORDS not for the board");
        draft.put("overallRag", "RED");
        assertEquals(HttpStatus.SEE_OTHER, ApiTestSupport.exchange(client, ApiTestSupport.postForm("/returns/drafts", draft)).getStatus());
        assertTrue(drafts.find(ApiTestSupport.LEAD, "P01", MONTH).isPresent());
        identity.as(ApiTestSupport.OFFICE);
        assertEquals(HttpStatus.SEE_OTHER, ApiTestSupport.exchange(client, ApiTestSupport.postForm("/returns",
                ApiTestSupport.validForm("P02", MONTH.toString(), "SUBMITTED-WORDS for the board"))).getStatus());

        ApiTestSupport.exchange(client, ApiTestSupport.postForm("/office/cycles/" + CYCLE.id() + "/builds", Map.of()));
        PackBuild build = awaitEnd(builds.forCycle(CYCLE.id()).get(0).id());
        assertEquals(BuildStatus.SUCCEEDED, build.status(), build.message());

        String prefix = "cycles/" + CYCLE.id() + "/" + build.id() + "/";
        List<String> pages = S3.client().listObjectsV2Paginator(r -> r.bucket(S3ProxyExtension.SITE_BUCKET).prefix(prefix))
                .contents().stream().map(o -> o.key()).filter(k -> k.endsWith(".html") || k.endsWith(".csv") || k.endsWith(".json")).toList();
        StringBuilder everything = new StringBuilder();
        String p01 = "";
        for (String key : pages) {
            String text = new String(S3.client().getObjectAsBytes(r -> r.bucket(S3ProxyExtension.SITE_BUCKET).key(key)).asByteArray(),
                    StandardCharsets.UTF_8);
            everything.append(text);
            if (key.contains("P01") && key.endsWith(".html")) {
                p01 += text;
            }
        }
        assertTrue(everything.indexOf("SUBMITTED-WORDS") >= 0, "a submitted return's commentary is in the pack");
        assertFalse(everything.indexOf("DRAFT-ONLY-WORDS") >= 0, "a draft's never is");
        assertTrue(p01.contains("No return received by the cut-off"), "P01's page says its return is missing");
        assertTrue(archive.listKeys("returns/").stream().noneMatch(k -> k.startsWith("returns/" + MONTH + "/P01/")),
                "the draft is not in the raw bucket");
    }

    private PackBuild awaitEnd(String buildId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            PackBuild b = builds.find(buildId).orElseThrow();
            if (b.status() == BuildStatus.SUCCEEDED || b.status() == BuildStatus.FAILED) {
                return b;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("build " + buildId + " did not finish in 60 s");
    }
}
