package org.sendpmo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sendpmo.adapters.s3.S3ProxyExtension;

/** Every response, whatever its status or type, carries the security headers; HSTS only over TLS. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityHeadersTest extends ApiTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    @Override
    S3ProxyExtension s3() {
        return S3;
    }

    @Test
    void pagesErrorsJsonAndDownloadsAllCarryTheHeaders() {
        List<HttpRequest<?>> requests = List.of(
                HttpRequest.GET("/"),
                HttpRequest.GET("/returns/new"),
                HttpRequest.GET("/uploads/new"),
                HttpRequest.GET("/uploads/no-such-upload"),
                HttpRequest.GET("/api/uploads/no-such-upload"),
                HttpRequest.GET("/templates/returns.csv"),
                ApiTestSupport.postForm("/returns", Map.of("projectId", "")),
                HttpRequest.GET("/no/such/page"));
        for (HttpRequest<?> request : requests) {
            HttpResponse<String> response = ApiTestSupport.exchange(client, request);
            String what = request.getMethodName() + " " + request.getPath() + " (" + response.code() + ")";
            String csp = response.header("Content-Security-Policy");
            assertTrue(csp != null && csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'")
                    && !csp.contains("unsafe-inline"), what + ": " + csp);
            assertTrue(csp.contains("connect-src 'self' " + S3.server().endpoint().toString().replaceAll("/$", "")),
                    what + ": the upload script may reach the raw bucket: " + csp);
            assertEquals("nosniff", response.header("X-Content-Type-Options"), what);
            assertEquals("same-origin", response.header("Referrer-Policy"), what);
            assertEquals("DENY", response.header("X-Frame-Options"), what);
            assertNull(response.header("Strict-Transport-Security"), what + ": not over TLS");
        }
    }

    @Test
    void strictTransportSecurityWhenTheRequestCameOverTls() {
        HttpResponse<String> response = ApiTestSupport.exchange(client, HttpRequest.GET("/").header("X-Forwarded-Proto", "https"));
        String hsts = response.header("Strict-Transport-Security");
        assertTrue(hsts != null && hsts.startsWith("max-age="), String.valueOf(hsts));
        assertFalse(hsts.contains("preload"), "preload is a decision for the council's domain, not for the product");
    }
}
