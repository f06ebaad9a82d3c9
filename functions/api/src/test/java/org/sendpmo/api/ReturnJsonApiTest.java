package org.sendpmo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendpmo.api.ApiTestSupport.body;
import static org.sendpmo.api.ApiTestSupport.exchange;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.returns.ReturnLedger;

/** {@code POST /api/returns} for scripts, through the real API Gateway v2 proxy handler, H2 and S3Proxy. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReturnJsonApiTest extends ApiTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    private static final String MONTH = YearMonth.now().minusMonths(1).toString();

    @Inject
    ReturnLedger ledger;

    @Inject
    JsonMapper json;

    @Override
    S3ProxyExtension s3() {
        return S3;
    }

    private static String returnJson(String commentary, String scoreC01) {
        return """
                {"projectId":"P01","reportingMonth":"%s","overallRag":"green","progressCommentary":"%s",
                 "milestones":[{"name":"Hub live","baseline":"2026-03-31","forecast":"2026-04-30","complete":true}],
                 "keyRisksAndIssues":["Call volumes above forecast"],
                 "scores":{"c01":%s,"c02":4,"c03":"3","c04":2,"c05":5,"c06":1,"c07":2,"c08":3,"c09":4,"c10":5,"c11":4},
                 "submittedBy":"Script"}
                """.formatted(MONTH, commentary, scoreC01);
    }

    private HttpResponse<String> post(String body) {
        return exchange(client, HttpRequest.POST("/api/returns", body).contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read(HttpResponse<String> response) throws IOException {
        return json.readValue(body(response), Map.class);
    }

    @Test
    void acceptedThenDuplicateThenANewVersion() throws IOException {
        HttpResponse<String> accepted = post(returnJson("Hub open", "5"));
        assertEquals(HttpStatus.CREATED, accepted.getStatus(), body(accepted));
        Map<String, Object> first = read(accepted);
        assertEquals("accepted", first.get("status"));
        assertEquals(1, ((Number) first.get("version")).intValue());
        assertTrue(((String) first.get("key")).startsWith("returns/" + MONTH + "/P01/"));

        HttpResponse<String> duplicate = post(returnJson("Hub open", "5"));
        assertEquals(HttpStatus.OK, duplicate.getStatus());
        assertEquals("duplicate", read(duplicate).get("status"));
        assertEquals(first.get("reference"), read(duplicate).get("reference"));

        HttpResponse<String> second = post(returnJson("Hub open; answer rate 80%", "5"));
        assertEquals(2, ((Number) read(second).get("version")).intValue());
        assertEquals(2, ledger.history("P01").stream().filter(r -> r.content().reportingMonth().toString().equals(MONTH)).count());
    }

    @Test
    @SuppressWarnings("unchecked")
    void invalidJsonValuesAreRejectedWithEveryProblemAndNothingStored() throws IOException {
        long before = ledger.count();
        HttpResponse<String> rejected = post(returnJson("", "\"six\""));
        assertEquals(HttpStatus.BAD_REQUEST, rejected.getStatus());
        Map<String, Object> answer = read(rejected);
        assertEquals("rejected", answer.get("status"));
        List<Map<String, Object>> problems = (List<Map<String, Object>>) answer.get("problems");
        assertEquals(List.of("progressCommentary", "scores.c01"), problems.stream().map(p -> p.get("field")).toList());
        assertEquals("six", problems.get(1).get("value"));
        assertEquals(before, ledger.count());
    }

    @Test
    void theNewFieldsAreAcceptedAsJsonNumbersOrText() {
        String body = returnJson("Hub open, with finance", "5").strip().replace("\"P01\"", "\"P02\"");
        body = body.substring(0, body.length() - 1) + """
                ,"percentComplete":"62.5%","improvementAreas":["c1","C6"],
                 "kpiValues":[{"kpiId":"CK3","value":598},{"kpiId":"K21","value":12345678.9}],
                 "finance":{"shortTermSavings":250000,"longTermSavings":"£1,250,000","costToDeliver":80000.5,
                            "safetyValveImpact":"high","financeAssured":true}}
                """;
        HttpResponse<String> accepted = post(body);
        assertEquals(HttpStatus.CREATED, accepted.getStatus(), body(accepted));
        org.sendpmo.returns.ProjectReturn ret = ledger.history("P02").get(0).content();
        assertEquals(new java.math.BigDecimal("62.5"), ret.percentComplete());
        assertEquals(new org.sendpmo.returns.ReturnFinance(new java.math.BigDecimal("250000"), new java.math.BigDecimal("1250000"),
                new java.math.BigDecimal("80000.5"), org.sendpmo.returns.SafetyValveImpact.HIGH, true), ret.finance());
        assertEquals(List.of(new org.sendpmo.returns.KpiValue("CK3", new java.math.BigDecimal("598")),
                new org.sendpmo.returns.KpiValue("K21", new java.math.BigDecimal("12345678.9"))), ret.kpiValues());
    }

    @Test
    @SuppressWarnings("unchecked")
    void badNewFieldsAreRejectedOnTheirOwnFields() throws IOException {
        String body = returnJson("Bad numbers", "5").strip();
        body = body.substring(0, body.length() - 1) + """
                ,"kpiValues":[{"kpiId":"K99","value":1}],"finance":{"safetyValveImpact":"severe"}}
                """;
        HttpResponse<String> rejected = post(body);
        assertEquals(HttpStatus.BAD_REQUEST, rejected.getStatus());
        List<Map<String, Object>> problems = (List<Map<String, Object>>) read(rejected).get("problems");
        assertEquals(List.of("kpiValues[0].kpiId", "finance.safetyValveImpact"), problems.stream().map(p -> p.get("field")).toList());
    }

    @Test
    void malformedJsonIsAClientErrorNotAServerError() {
        HttpResponse<String> response = post("{\"projectId\": ");
        assertEquals(HttpStatus.BAD_REQUEST, response.getStatus(), body(response));
    }
}
