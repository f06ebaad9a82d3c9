package org.sendpmo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.returns.RawKey;
import org.sendpmo.returns.ReturnLedger;

/**
 * A receipt email that cannot be sent does not lose the return. The folder mailer is pointed at a path that
 * is a file, so it fails as a mail service would: the real adapter, a real failure.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReceiptMailFailureTest extends ApiTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    @Inject
    ReturnLedger ledger;

    @Override
    S3ProxyExtension s3() {
        return S3;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new java.util.HashMap<>(super.getProperties());
        try {
            Path notAFolder = Path.of("target", "outbox-is-a-file").toAbsolutePath();
            Files.createDirectories(notAFolder.getParent());
            Files.writeString(notAFolder, "a file where the outbox folder should be");
            p.put("assurance.mail.folder", notAFolder.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    @Test
    void theReturnIsStoredAndTheReceiptPageSaysTheEmailFailed() {
        identity.as(ApiTestSupport.LEAD);
        long before = ledger.count();
        HttpResponse<String> response = ApiTestSupport.exchange(client, ApiTestSupport.postForm("/returns",
                ApiTestSupport.validForm("P01", YearMonth.now().minusMonths(1).toString(), "Mail is down")));
        assertEquals(HttpStatus.SEE_OTHER, response.getStatus());
        String location = response.header("Location");
        assertTrue(location.contains("emailed=failed"), location);
        String key = URLDecoder.decode(location.substring(location.indexOf("key=") + 4), StandardCharsets.UTF_8);
        assertEquals(before + 1, ledger.count(), "the return is recorded");
        assertTrue(ledger.findByRawKey(new RawKey(key)).isPresent());

        HttpResponse<String> receipt = ApiTestSupport.exchange(client, HttpRequest.GET(location));
        assertEquals(HttpStatus.OK, receipt.getStatus());
        Document page = Jsoup.parse(ApiTestSupport.body(receipt));
        assertTrue(page.select(".govuk-panel__body").text().contains(new RawKey(key).reference()));
        assertTrue(page.getElementById("receipt-email").text().contains("could not email you this receipt"), page.text());
    }

    @Test
    void theJsonApiStoresTheReturnAndSaysTheReceiptWasNotEmailed() {
        identity.as(ApiTestSupport.LEAD);
        long before = ledger.count();
        HttpResponse<String> response = ApiTestSupport.exchange(client, HttpRequest.POST("/api/returns", ApiTestSupport.returnJson(
                ApiTestSupport.validForm("P01", YearMonth.now().minusMonths(2).toString(), "Mail is down for scripts too"))));
        assertEquals(HttpStatus.CREATED, response.getStatus(), ApiTestSupport.body(response));
        assertTrue(ApiTestSupport.body(response).contains("\"receiptEmailed\":false"), ApiTestSupport.body(response));
        assertEquals(before + 1, ledger.count(), "the return is recorded");
    }
}
