package org.sendpmo.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.adapters.s3.StorageProperties;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Board members read the published packs through the product after signing in: the private site
 * bucket is served at /pack/ with each file's content type, and binary files (the PDF board pack)
 * come through the API Gateway v2 handler base64-encoded and whole.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PackReadingTest extends ApiTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    /** Bytes a text decoding would corrupt. */
    private static final byte[] PDF = "%PDF-1.7\n\u00e2\u00e3\u00cf\u00d3 binary".getBytes(StandardCharsets.ISO_8859_1);

    @Inject
    ApplicationContext context;

    @Inject
    S3Client s3;

    @Inject
    StorageProperties storage;

    @Override
    S3ProxyExtension s3() {
        return S3;
    }

    @BeforeAll
    void publish() {
        s3.putObject(r -> r.bucket(storage.getSiteBucket()).key("cycles/c1/b1/index.html").contentType("text/html; charset=utf-8"),
                RequestBody.fromString("<!DOCTYPE html><title>Pack</title><h1>Pack home</h1>"));
        s3.putObject(r -> r.bucket(storage.getSiteBucket()).key("cycles/c1/b1/board-pack.pdf").contentType("application/pdf"),
                RequestBody.fromBytes(PDF));
    }

    @Test
    void aBoardMemberReadsAPageWithItsTypeAndTheSecurityHeaders() {
        identity.as(ApiTestSupport.BOARD);
        HttpResponse<String> page = ApiTestSupport.exchange(client, HttpRequest.GET("/pack/cycles/c1/b1/index.html"));
        assertEquals(200, page.code());
        assertTrue(page.header("Content-Type").startsWith("text/html"), page.header("Content-Type"));
        assertTrue(ApiTestSupport.body(page).contains("<h1>Pack home</h1>"));
        assertTrue(page.header("Content-Security-Policy").contains("script-src 'self'"));
    }

    @Test
    void theBoardPackPdfArrivesWholeAndBase64EncodedThroughTheHandler() {
        identity.as(ApiTestSupport.BOARD);
        APIGatewayV2HTTPResponse response = ApiTestSupport.getThroughHandler(context, "/pack/cycles/c1/b1/board-pack.pdf");
        assertEquals(200, response.getStatusCode());
        assertTrue(response.getIsBase64Encoded(), "API Gateway needs binary bodies base64-encoded");
        assertArrayEquals(PDF, java.util.Base64.getDecoder().decode(response.getBody()));
    }

    @Test
    void aMissingPageIsAFriendly404AndAPathOutOfThePackIsRefused() {
        identity.as(ApiTestSupport.BOARD);
        HttpResponse<String> missing = ApiTestSupport.exchange(client, HttpRequest.GET("/pack/cycles/none/index.html"));
        assertEquals(404, missing.code());
        assertTrue(ApiTestSupport.body(missing).contains("Has the pack been built?"));
        assertEquals(400, ApiTestSupport.exchange(client, HttpRequest.GET("/pack/cycles/..%2F..%2Fsecret")).code());
    }
}
