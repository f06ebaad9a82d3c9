package org.sendpmo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendpmo.api.ApiTestSupport.body;
import static org.sendpmo.api.ApiTestSupport.exchange;
import static org.sendpmo.api.ApiTestSupport.postForm;
import static org.sendpmo.api.ApiTestSupport.validForm;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.project.ProjectDirectory;
import org.sendpmo.returns.ReturnLedger;

/**
 * The object store fails in the middle of a submission (the real S3Proxy is stopped after the database
 * row is written and before the object is): the person is told to retry and nothing is recorded.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StorageFailureTest implements TestPropertyProvider {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ProjectDirectory projects;

    @Inject
    ReturnLedger ledger;

    @Override
    public Map<String, String> getProperties() {
        return ApiTestSupport.properties(S3, getClass());
    }

    @Test
    void whenTheStoreIsDownTheReturnIsNotRecordedAndThePersonIsToldToRetryWithTheirValuesKept() {
        ApiTestSupport.ensureProjects(projects);
        S3.server().close();

        Map<String, String> form = validForm("P01", YearMonth.now().toString(), "Written while the store is down");
        HttpResponse<String> response = exchange(http.toBlocking(), postForm("/returns", form));

        assertEquals(HttpStatus.SERVICE_UNAVAILABLE, response.getStatus());
        Document page = Jsoup.parse(body(response));
        assertTrue(page.select(".govuk-error-summary").text().contains("submit the form again"), page.text());
        assertEquals("Written while the store is down", page.getElementById("progressCommentary").text());
        assertEquals(0, ledger.count(), "the row written before the object was rolled back");
        assertFalse(ledger.history("P01").iterator().hasNext());
    }
}
