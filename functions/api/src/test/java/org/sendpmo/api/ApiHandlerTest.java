package org.sendpmo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.api.lambda.ApiHandler;

/**
 * API Gateway (payload 2.0) hands a browser's cookies to the function in the event's {@code cookies} list, not
 * in a {@code Cookie} header. These events are shaped that way and go through the handler the stack deploys.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiHandlerTest extends ApiTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    @Inject
    ApplicationContext context;

    @Override
    S3ProxyExtension s3() {
        return S3;
    }

    @Test
    void aSignedInBrowsersCookiesInTheCookiesListOpenTheForm() {
        String cookies = ApiTestSupport.browser(context, URI.create("http://localhost/"), ApiTestSupport.OFFICE).cookies();

        APIGatewayV2HTTPResponse response = get("/returns/new", Arrays.asList(cookies.split("; ")));

        assertEquals(200, response.getStatusCode(), "the session cookie from the cookies list is read");
        assertTrue(response.getBody().contains("name=\"csrfToken\""), "the form is served, not the sign-in page");
    }

    @Test
    void withoutTheCookiesThePersonIsSentToSignIn() {
        APIGatewayV2HTTPResponse response = get("/returns/new", List.of());

        assertTrue(response.getStatusCode() == 303 || response.getStatusCode() == 302, "status " + response.getStatusCode());
    }

    @Test
    void theListIsJoinedAfterAnyCookieHeaderAndTheHeaderIsNotDuplicated() {
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                .withHeaders(Map.of("Cookie", "a=1", "accept", "text/html")).withCookies(List.of("b=2", "c=3")).build();

        APIGatewayV2HTTPEvent folded = ApiHandler.withCookieHeader(event);

        assertEquals(Map.of("cookie", "a=1; b=2; c=3", "accept", "text/html"), folded.getHeaders());
        assertNull(folded.getCookies());
    }

    private APIGatewayV2HTTPResponse get(String path, List<String> cookies) {
        var http = APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                .withMethod("GET").withPath(path).withProtocol("HTTP/1.1").withSourceIp("127.0.0.1").build();
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0").withRouteKey("$default").withRawPath(path).withRawQueryString("")
                .withHeaders(Map.of("accept", "text/html")).withCookies(cookies.isEmpty() ? null : cookies)
                .withIsBase64Encoded(false)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(http).withStage("$default").withRequestId("t").build())
                .build();
        // shares the test's context, so it is not closed
        return new ApiHandler(context).handleRequest(event, null);
    }
}
