package org.sendpmo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendpmo.api.ApiTestSupport.body;
import static org.sendpmo.api.ApiTestSupport.exchange;
import static org.sendpmo.api.ApiTestSupport.postForm;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.audit.AuditAction;
import org.sendpmo.audit.AuditEntry;
import org.sendpmo.audit.AuditLog;
import org.sendpmo.kpi.KpiDefinition;
import org.sendpmo.kpi.KpiUnit;
import org.sendpmo.project.ImprovementArea;

/**
 * The programme office keeps the KPI definitions through the product, with the form and with JSON, through the
 * API Gateway v2 proxy and H2: every change audited with who and when, every bad field refused on the field and
 * nothing stored. The test KPIs K21 and CK3 exist from the start; each test adds KPIs of its own.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KpiDefinitionTest extends ApiTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    @Inject
    AuditLog audit;

    @Override
    S3ProxyExtension s3() {
        return S3;
    }

    private static Map<String, String> form(String id, String unit, String target12) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("id", id);
        form.put("name", "Number of appeals lodged with the SEND Tribunal");
        form.put("unit", unit);
        form.put("polarity", "LOWER_IS_BETTER");
        form.put("owner", "KCC");
        form.put("frequency", "MONTHLY");
        form.put("critical", "no");
        form.put("areas.C1", "yes");
        form.put("areas.C9", "yes");
        form.put("baselineMonth", "2022-12");
        form.put("baselineValue", "554");
        form.put("target3Months", "");
        form.put("target6Months", "500");
        form.put("target12Months", target12);
        return form;
    }

    private KpiDefinition stored(String id) {
        return kpis.definitions().stream().filter(k -> k.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no KPI " + id));
    }

    private List<AuditEntry> entries(AuditAction action, String subject) {
        return audit.between(Instant.EPOCH, Instant.now().plusSeconds(1), 1000).stream()
                .filter(e -> e.action() == action && e.subject().equals(subject)).toList();
    }

    private static String errorOn(HttpResponse<String> response, String field) {
        Element error = Jsoup.parse(body(response)).getElementById(field + "-error");
        return error == null ? "" : error.text();
    }

    @Test
    void theFormAddsAKpiThatTheListShowsAndTheAuditLogRecords() {
        HttpResponse<String> saved = exchange(client, postForm("/office/kpis", form("K07", "COUNT", "450")));

        assertEquals(HttpStatus.SEE_OTHER, saved.getStatus(), body(saved));
        assertEquals("/office/kpis#kpi-K07", saved.getHeaders().get("Location"));
        KpiDefinition k07 = stored("K07");
        assertEquals(KpiUnit.COUNT, k07.unit());
        assertEquals(java.util.Set.of(ImprovementArea.C1, ImprovementArea.C9), k07.areas());
        assertEquals("554 2022-12", k07.baseline().value().toPlainString() + " " + k07.baseline().month());
        assertEquals("450", k07.targets().at12Months().toPlainString());
        List<AuditEntry> created = entries(AuditAction.KPI_DEFINED, "K07");
        assertEquals(1, created.size());
        assertEquals(ApiTestSupport.OFFICE, created.get(0).actor());

        Document list = Jsoup.parse(body(exchange(client, HttpRequest.GET("/office/kpis"))));
        assertEquals("K07: Number of appeals lodged with the SEND Tribunal (change) count Lower is better KCC Monthly C1, C9"
                + " 554 (December 2022) 6 months: 500; 12 months: 450", list.getElementById("kpi-K07").text());
        assertEquals("/office/kpis/K07", list.select("#kpi-K07 a").attr("href"));
    }

    /** K29, % of vacancies in the SEND service: a percentage, so its baseline and targets are percentages. */
    private static Map<String, String> vacancies(String target12) {
        Map<String, String> form = form("K29", "PERCENTAGE", target12);
        form.put("name", "% of vacancies in the SEND service");
        form.put("baselineValue", "14.5");
        form.put("target6Months", "12");
        return form;
    }

    @Test
    void editingKeepsTheIdAndRecordsWhatChangedFieldByField() {
        assertEquals(HttpStatus.SEE_OTHER, exchange(client, postForm("/office/kpis", vacancies("10"))).getStatus());
        Document edit = Jsoup.parse(body(exchange(client, HttpRequest.GET("/office/kpis/K29"))));
        assertTrue(edit.select("#id").isEmpty(), "the id is not offered for change");
        assertEquals("PERCENTAGE", edit.select("#unit option[selected]").val());
        assertEquals("10", edit.getElementById("target12Months").val());

        Map<String, String> changed = vacancies("8");
        changed.put("id", "ignored");
        changed.put("owner", "KCC HR");
        HttpResponse<String> saved = exchange(client, postForm("/office/kpis/K29", changed));

        assertEquals(HttpStatus.SEE_OTHER, saved.getStatus(), body(saved));
        assertEquals("KCC HR", stored("K29").owner());
        assertTrue(kpis.definitions().stream().noneMatch(k -> k.id().equals("ignored")));
        assertEquals(List.of("owner KCC to KCC HR; targets -/12/10 at 3/6/12 months to -/12/8 at 3/6/12 months"),
                entries(AuditAction.KPI_DEFINITION_CHANGED, "K29").stream().map(AuditEntry::detail).toList());
        assertEquals(HttpStatus.NOT_FOUND, exchange(client, HttpRequest.GET("/office/kpis/NOPE")).getStatus());
        assertEquals(HttpStatus.NOT_FOUND, exchange(client, postForm("/office/kpis/NOPE", changed)).getStatus());
    }

    /** The bad input the brief names: an unknown unit, a target in the wrong unit, a duplicate id, and the rest. */
    @Test
    void everyBadFieldIsReportedOnItsFieldKeepsWhatWasTypedAndStoresNothing() {
        int before = kpis.definitions().size();
        Map<String, String> bad = form("K21", "furlongs", "150");
        bad.put("polarity", "SIDEWAYS");
        bad.put("baselineMonth", "December");
        HttpResponse<String> response = exchange(client, postForm("/office/kpis", bad));

        assertEquals(HttpStatus.BAD_REQUEST, response.getStatus());
        Document page = Jsoup.parse(body(response));
        assertEquals(List.of("#id", "#unit", "#polarity", "#baselineMonth"), page.select(".govuk-error-summary a").eachAttr("href"));
        assertEquals("Error: There is already a KPI K21: change that one instead, or choose another id", errorOn(response, "id"));
        assertTrue(errorOn(response, "unit").contains("Unknown unit 'furlongs': choose one of count, %, weeks, rate, score"),
                errorOn(response, "unit"));
        assertEquals("K21", page.getElementById("id").val(), "what was typed is kept");
        assertTrue(page.title().startsWith("Error: "));

        HttpResponse<String> wrongUnit = exchange(client, postForm("/office/kpis", form("K05", "PERCENTAGE", "150")));
        assertEquals(HttpStatus.BAD_REQUEST, wrongUnit.getStatus());
        assertEquals("Error: The target at 12 months must be in the KPI's unit (%): a percentage from 0 to 100, written as"
                + " 42.5 (not 0.425 or 42.5%); found '150'", errorOn(wrongUnit, "target12Months"));
        assertTrue(errorOn(wrongUnit, "baselineValue").contains("found '554'"), "the baseline must be a percentage too");

        Map<String, String> noArea = form("K05", "COUNT", "10.5");
        noArea.remove("areas.C1");
        noArea.remove("areas.C9");
        HttpResponse<String> noAreas = exchange(client, postForm("/office/kpis", noArea));
        assertTrue(errorOn(noAreas, "areas").contains("Select the improvement areas the KPI measures"), body(noAreas));
        assertTrue(errorOn(noAreas, "target12Months").contains("a whole number of 0 or more; found '10.5'"), body(noAreas));

        assertEquals(before, kpis.definitions().size(), "nothing stored");
        assertTrue(entries(AuditAction.KPI_DEFINED, "K05").isEmpty());
    }

    @Test
    void scriptsKeepDefinitionsWithJsonAndGetEachProblemOnItsField() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", "CK2");
        body.put("name", "Number of SEND open and overdue complaints");
        body.put("unit", "count");
        body.put("polarity", "LOWER_IS_BETTER");
        body.put("owner", "KCC");
        body.put("frequency", "MONTHLY");
        body.put("critical", true);
        HttpResponse<String> created = exchange(client, HttpRequest.POST("/api/kpis", body));
        assertEquals(HttpStatus.CREATED, created.getStatus(), body(created));
        assertTrue(stored("CK2").critical());

        body.put("target12Months", "-3");
        HttpResponse<String> bad = exchange(client, HttpRequest.PUT("/api/kpis/CK2", body));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, bad.getStatus());
        assertTrue(body(bad).contains("\"field\":\"target12Months\""), body(bad));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, exchange(client, HttpRequest.POST("/api/kpis", body)).getStatus(), "CK2 exists");

        body.put("target12Months", "30");
        assertEquals(HttpStatus.OK, exchange(client, HttpRequest.PUT("/api/kpis/CK2", body)).getStatus());
        List<Map<String, Object>> listed = client.retrieve(HttpRequest.GET("/api/kpis"), Argument.listOf(Argument.mapOf(String.class, Object.class)));
        Map<String, Object> ck2 = listed.stream().filter(k -> "CK2".equals(k.get("id"))).findFirst().orElseThrow();
        assertEquals("COUNT", ck2.get("unit"));
        assertEquals(30, ((Number) ck2.get("target12Months")).intValue());
        assertEquals(1, entries(AuditAction.KPI_DEFINITION_CHANGED, "CK2").size(), "the refused change is not recorded");
    }
}
