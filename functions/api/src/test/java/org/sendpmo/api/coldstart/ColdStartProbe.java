package org.sendpmo.api.coldstart;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import org.sendpmo.api.lambda.ApiHandler;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Measures the api function's cold start as Lambda would see it: milliseconds from JVM start
 * ({@code RuntimeMXBean.getStartTime()}) to each handled HTTP API v2 event, through the real handler,
 * with whatever configuration the environment gives (functions/bench/cold-start.sh: PostgreSQL and
 * S3Proxy on loopback, the production launchers). The Lambda runtime is not available locally; this
 * main plays its part (a minimal {@link Context}).
 *
 * <p>Argument {@code get}: the first event is the signed-in form GET ({@code GET /returns/new}), then a
 * form POST. Argument {@code post}: the first event is the form POST ({@code POST /returns} with a valid
 * CSRF token). The session cookie, CSRF nonce and token come from the environment
 * ({@code PROBE_SESSION}, {@code PROBE_NONCE}, {@code PROBE_CSRF}), made by the script beforehand so
 * that minting them is not counted. Prints one line: {@code first=<ms> second=<ms> classes=<n> statuses=<a>,<b>},
 * where {@code classes} is how many classes the JVM had loaded when the first event was answered (a
 * steadier measure of start-time work than milliseconds on a shared machine).
 */
public final class ColdStartProbe {

    private ColdStartProbe() {
    }

    public static void main(String[] args) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        // taken now so that reading it after the first event loads nothing more
        ClassLoadingMXBean classLoading = ManagementFactory.getClassLoadingMXBean();
        boolean postFirst = args.length > 0 && "post".equals(args[0]);
        List<String> cookies = List.of("SESSION=" + System.getenv("PROBE_SESSION"), "csrf=" + System.getenv("PROBE_NONCE"));
        List<APIGatewayV2HTTPEvent> events = postFirst
                ? List.of(formPost(cookies), formGet(cookies))
                : List.of(formGet(cookies), formPost(cookies));
        try (ApiHandler function = new ApiHandler()) {
            APIGatewayV2HTTPResponse first = function.handleRequest(events.get(0), new ProbeContext());
            long firstAt = System.currentTimeMillis() - jvmStart;
            long classesAtFirst = classLoading.getTotalLoadedClassCount();
            APIGatewayV2HTTPResponse second = function.handleRequest(events.get(1), new ProbeContext());
            long secondAt = System.currentTimeMillis() - jvmStart;
            System.out.printf("first=%d second=%d classes=%d statuses=%s,%s%n", firstAt, secondAt, classesAtFirst,
                    status(first), status(second));
            refuseErrors(first, second);
        }
    }

    /** The status, and where a redirect points (a POST that stored its return goes to its confirmation). */
    private static String status(APIGatewayV2HTTPResponse response) {
        String location = response.getHeaders() == null ? null : response.getHeaders().get("Location");
        if (location == null && response.getHeaders() != null) {
            location = response.getHeaders().get("location");
        }
        return response.getStatusCode() + (location == null ? "" : " " + location.replaceFirst("\\?.*", ""));
    }

    /** A refused or failed request measures the wrong path: say what the api answered, and fail. */
    private static void refuseErrors(APIGatewayV2HTTPResponse... responses) {
        for (APIGatewayV2HTTPResponse response : responses) {
            if (response.getStatusCode() >= 400) {
                String body = String.valueOf(response.getBody());
                System.err.println("Exception: the api answered " + response.getStatusCode() + ": "
                        + body.replaceAll("(?s)<[^>]*>", " ").replaceAll("\\s+", " ").trim());
                System.exit(1);
            }
        }
    }

    static APIGatewayV2HTTPEvent formGet(List<String> cookies) {
        return event("GET", "/returns/new", cookies, Map.of(), null);
    }

    static APIGatewayV2HTTPEvent formPost(List<String> cookies) {
        return event("POST", "/returns", cookies, Map.of("content-type", "application/x-www-form-urlencoded"),
                form(System.getenv("PROBE_CSRF")));
    }

    private static APIGatewayV2HTTPEvent event(String method, String path, List<String> cookies, Map<String, String> headers,
                                                String body) {
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0").withRouteKey("$default").withRawPath(path).withRawQueryString("")
                .withHeaders(withCookieHeader(headers, cookies)).withBody(body).withIsBase64Encoded(false)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(method).withPath(path).withProtocol("HTTP/1.1").withSourceIp("127.0.0.1").build())
                        .withStage("$default").withRequestId("probe").build())
                .build();
    }

    /**
     * The cookies as one {@code Cookie} header. HTTP API v2 events carry them in a {@code cookies} list,
     * which Micronaut 4.10's v2 handler does not read (micronaut-aws pull request 2454 is open): on AWS
     * the api would see no session until it folds that list into the header (README "Deploying", Not yet).
     */
    private static Map<String, String> withCookieHeader(Map<String, String> headers, List<String> cookies) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Cookie", String.join("; ", cookies));
        return all;
    }

    /** A valid return with a unique commentary, so each run stores a new version rather than a duplicate. */
    private static String form(String csrfToken) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("csrfToken", csrfToken);
        f.put("projectId", "P01");
        f.put("reportingMonth", YearMonth.now().toString());
        f.put("submittedBy", "Cold start probe");
        f.put("overallRag", "GREEN");
        f.put("progressCommentary", "Probe run at " + System.nanoTime());
        for (int i = 1; i <= 11; i++) {
            f.put(String.format("scores.c%02d", i), "3");
        }
        return f.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    /** The Lambda runtime's context, reduced to what a handler may ask. */
    private static final class ProbeContext implements Context {
        public String getAwsRequestId() { return "probe"; }
        public String getLogGroupName() { return "probe"; }
        public String getLogStreamName() { return "probe"; }
        public String getFunctionName() { return "api"; }
        public String getFunctionVersion() { return "$LATEST"; }
        public String getInvokedFunctionArn() { return "arn:aws:lambda:eu-west-2:000000000000:function:api"; }
        public CognitoIdentity getIdentity() { return null; }
        public ClientContext getClientContext() { return null; }
        public int getRemainingTimeInMillis() { return 30_000; }
        public int getMemoryLimitInMB() { return 2048; }
        public LambdaLogger getLogger() { return new LambdaLogger() {
                public void log(String message) { System.out.print(message); }
                public void log(byte[] message) { System.out.print(new String(message, StandardCharsets.UTF_8)); }
            }; }
    }
}
