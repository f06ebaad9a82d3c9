package org.sendpmo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendpmo.api.ApiTestSupport.body;
import static org.sendpmo.api.ApiTestSupport.exchange;
import static org.sendpmo.api.ApiTestSupport.postForm;
import static org.sendpmo.api.ApiTestSupport.validForm;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.kpi.KpiStore;
import org.sendpmo.project.ImprovementArea;
import org.sendpmo.returns.KpiValue;
import org.sendpmo.returns.ProjectReturn;
import org.sendpmo.returns.RawKey;
import org.sendpmo.returns.ReturnFinance;
import org.sendpmo.returns.SafetyValveImpact;
import org.sendpmo.returns.ReturnArchive;
import org.sendpmo.returns.ReturnLedger;

/**
 * The return form through the real API Gateway v2 proxy handler (micronaut-function-aws-api-proxy-test
 * turns each HTTP request into an APIGatewayV2HTTPEvent), with H2 and a real S3Proxy on loopback.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReturnFormTest extends ApiTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    private static final String MONTH = YearMonth.now().minusMonths(1).toString();
    /** The month of the tests of the newer fields, so that their returns do not become versions of the others'. */
    private static final String EARLIER = YearMonth.now().minusMonths(2).toString();

    @Inject
    ReturnLedger ledger;

    @Inject
    ReturnArchive archive;

    @Override
    S3ProxyExtension s3() {
        return S3;
    }

    @Test
    void theFormLabelsEveryFieldAndOffersEveryCriterionWithItsDescriptors() {
        HttpResponse<String> response = exchange(client, HttpRequest.GET("/returns/new?project=P02"));
        assertEquals(HttpStatus.OK, response.getStatus());
        Document page = Jsoup.parse(body(response));
        assertEquals("P02", page.selectFirst("#projectId option[selected]").val());
        for (Element input : page.select("input:not([type=hidden]), select, textarea")) {
            String id = input.id();
            assertFalse(id.isEmpty(), "every input has an id: " + input);
            assertNotNull(page.selectFirst("label[for=" + id + "]"), "input " + id + " has a label");
        }
        assertEquals(11, page.select("fieldset:has(input[name^=scores.])").size());
        assertTrue(page.text().contains("Essential to several Accelerated Progress Plan actions"), "c01's level 5 descriptor");
    }

    @Test
    void anInvalidFormIsShownAgainWithAnErrorSummaryLinkingToEachFieldAndItsValuesKept() {
        long before = ledger.count();
        Map<String, String> form = validForm("P01", MONTH, "");
        form.put("scores.c03", "7");
        form.put("milestones[0].forecast", "31/13/2026");
        HttpResponse<String> response = exchange(client, postForm("/returns", form));

        assertEquals(HttpStatus.BAD_REQUEST, response.getStatus());
        Document page = Jsoup.parse(body(response));
        assertTrue(page.title().startsWith("Error: "), page.title());
        List<String> links = page.select(".govuk-error-summary__list a").eachAttr("href");
        assertEquals(List.of("#progressCommentary", "#milestones-0-forecast", "#scores-c03"), links);
        assertEachLinkTargetsAFieldDescribedByItsError(page, links);
        assertEquals("Sam Lead", page.getElementById("submittedBy").val(), "values are kept");
        assertEquals("31/13/2026", page.getElementById("milestones-0-forecast").val(), "the bad value is shown back");
        assertEquals(before, ledger.count(), "nothing is stored");
    }

    /** A radio or checkbox is described through its fieldset; any other field directly. */
    private static void assertEachLinkTargetsAFieldDescribedByItsError(Document page, List<String> links) {
        for (String link : links) {
            Element field = page.getElementById(link.substring(1));
            assertNotNull(field, "error link " + link + " targets a field");
            assertTrue(field.attr("aria-describedby").contains(link.substring(1) + "-error")
                            || field.parents().stream().anyMatch(p -> p.attr("aria-describedby").contains("-error")),
                    "field " + link + " is described by its error message");
        }
    }

    @Test
    void aValidReturnIsStoredUnchangedInTheRawBucketRecordedAndConfirmedWithAReference() {
        HttpResponse<String> response = exchange(client, postForm("/returns", validForm("P01", MONTH, "Started the pilot")));
        assertEquals(HttpStatus.SEE_OTHER, response.getStatus());
        String location = response.getHeaders().get("Location");
        String key = URLDecoder.decode(location.substring(location.indexOf("key=") + 4), StandardCharsets.UTF_8);
        assertTrue(RawKey.isReturnKey(key), key);

        ReturnArchive.StoredObject object = archive.get(key).orElseThrow();
        assertEquals(new RawKey(key).sha256(), RawKey.sha256(object.bytes()), "the key carries the content's hash");
        assertEquals(1, ledger.findByRawKey(new RawKey(key)).orElseThrow().version());

        Document confirmation = Jsoup.parse(body(exchange(client, HttpRequest.GET(location))));
        assertTrue(confirmation.select(".govuk-panel__body").text().contains(new RawKey(key).reference()));
    }

    @Test
    void identicalContentSubmittedTwiceIsRecognisedAndNotStoredTwiceButAChangeIsANewVersion() {
        Map<String, String> form = validForm("P02", MONTH, "Second visit complete");
        HttpResponse<String> first = exchange(client, postForm("/returns", form));
        long recorded = ledger.count();
        int objects = archive.listKeys("returns/").size();

        HttpResponse<String> again = exchange(client, postForm("/returns", form));
        assertEquals(HttpStatus.SEE_OTHER, again.getStatus());
        assertTrue(again.getHeaders().get("Location").endsWith("duplicate=true"));
        assertEquals(first.getHeaders().get("Location") + "&duplicate=true", again.getHeaders().get("Location"));
        assertEquals(recorded, ledger.count());
        assertEquals(objects, archive.listKeys("returns/").size());
        Document page = Jsoup.parse(body(exchange(client, HttpRequest.GET(again.getHeaders().get("Location")))));
        assertTrue(page.text().contains("nothing new was stored"), page.text());

        form.put("progressCommentary", "Second visit complete; report drafted");
        exchange(client, postForm("/returns", form));
        assertEquals(2, ledger.history("P02").stream().filter(r -> r.content().reportingMonth().toString().equals(MONTH))
                .mapToInt(r -> r.version()).max().orElseThrow());
        assertEquals(objects + 1, archive.listKeys("returns/").size());
    }

    @Test
    void percentCompleteFinanceAreasAndKpiValuesAreStoredAndTheKpiValueRecordedForTheProject() {
        Map<String, String> form = validForm("P01", EARLIER, "Pilot running with finance figures");
        form.put("percentComplete", "45");
        form.put("improvementAreas.C1", "yes");
        form.put("improvementAreas.C6", "yes");
        form.put("kpiValues[0].kpiId", "K21");
        form.put("kpiValues[0].value", "42.5");
        form.put("finance.shortTermSavings", "£250,000");
        form.put("finance.costToDeliver", "80000");
        form.put("finance.safetyValveImpact", "MEDIUM");
        form.put("finance.financeAssured", "yes");
        HttpResponse<String> response = exchange(client, postForm("/returns", form));
        assertEquals(HttpStatus.SEE_OTHER, response.getStatus(), body(response));
        String location = response.getHeaders().get("Location");
        String key = URLDecoder.decode(location.substring(location.indexOf("key=") + 4), StandardCharsets.UTF_8);

        ProjectReturn ret = ledger.findByRawKey(new RawKey(key)).orElseThrow().content();
        assertEquals(new BigDecimal("45"), ret.percentComplete());
        assertEquals(new ReturnFinance(new BigDecimal("250000"), null, new BigDecimal("80000"), SafetyValveImpact.MEDIUM, true),
                ret.finance());
        assertEquals(EnumSet.of(ImprovementArea.C1, ImprovementArea.C6), ret.improvementAreas());
        assertEquals(List.of(new KpiValue("K21", new BigDecimal("42.5"))), ret.kpiValues());
        KpiStore.RecordedValue value = kpis.latest(YearMonth.parse(EARLIER), Instant.now().plusSeconds(60)).stream()
                .filter(v -> "P01".equals(v.projectId()) && v.observation().month().toString().equals(EARLIER)).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("42.5").compareTo(value.observation().value()));
    }

    @Test
    void problemsWithTheNewFieldsAreShownOnTheirOwnFieldsWithTheValuesKept() {
        long before = ledger.count();
        Map<String, String> form = validForm("P01", EARLIER, "Numbers wrong");
        form.put("percentComplete", "150");
        form.put("improvementAreas.C2", "yes");
        form.put("kpiValues[1].kpiId", "K21");
        form.put("finance.shortTermSavings", "-5");
        HttpResponse<String> response = exchange(client, postForm("/returns", form));

        assertEquals(HttpStatus.BAD_REQUEST, response.getStatus());
        Document page = Jsoup.parse(body(response));
        List<String> links = page.select(".govuk-error-summary__list a").eachAttr("href");
        assertEquals(List.of("#percentComplete", "#kpiValues-1-value", "#finance-shortTermSavings"), links);
        assertEachLinkTargetsAFieldDescribedByItsError(page, links);
        assertEquals("150", page.getElementById("percentComplete").val());
        assertEquals("K21", page.selectFirst("#kpiValues-1-kpiId option[selected]").val());
        assertTrue(page.select("input[name=improvementAreas.C2]").hasAttr("checked"), "the ticked area stays ticked");
        assertEquals(before, ledger.count(), "nothing is stored");
    }

    @Test
    void anUnknownReferenceIsAFriendlyNotFound() {
        HttpResponse<String> bogus = exchange(client, HttpRequest.GET("/returns/received?key=nonsense"));
        assertEquals(HttpStatus.NOT_FOUND, bogus.getStatus());
        assertTrue(Jsoup.parse(body(bogus)).select("main").text().contains("No return with that reference"));
        String unrecorded = "returns/2026-01/P01/" + "0".repeat(64) + ".json";
        assertEquals(HttpStatus.NOT_FOUND, exchange(client, HttpRequest.GET("/returns/received?key=" + unrecorded)).getStatus());
    }
}
