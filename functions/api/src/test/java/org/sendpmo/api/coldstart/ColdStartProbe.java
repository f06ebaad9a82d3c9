package org.sendpmo.api.coldstart;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Measures the api function's cold start as Lambda would see it: from JVM start to the first handled
 * HTTP API v2 event, for a form GET and then a form POST, with whatever configuration the environment
 * gives (see functions/api/cold-start.sh: PostgreSQL and S3Proxy on loopback). The Lambda runtime is
 * not available locally; this main plays its part (a minimal {@link Context}), the handler is the real one.
 */
public final class ColdStartProbe {

    private ColdStartProbe() {
    }

    public static void main(String[] args) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long mainStart = System.currentTimeMillis();
        try (APIGatewayV2HTTPEventFunction function = new APIGatewayV2HTTPEventFunction()) {
            long constructed = System.currentTimeMillis();
            APIGatewayV2HTTPResponse get = function.handleRequest(event("GET", "/returns/new", Map.of(), null), new ProbeContext());
            long firstGet = System.currentTimeMillis();
            ensureProject(System.getenv("DATASOURCES_DEFAULT_URL"), System.getenv("DATASOURCES_DEFAULT_USERNAME"));
            long beforePost = System.currentTimeMillis();
            APIGatewayV2HTTPResponse post = function.handleRequest(event("POST", "/returns",
                    Map.of("content-type", "application/x-www-form-urlencoded"), form()), new ProbeContext());
            long firstPost = System.currentTimeMillis();
            APIGatewayV2HTTPResponse warm = function.handleRequest(event("GET", "/returns/new", Map.of(), null), new ProbeContext());
            long warmGet = System.currentTimeMillis();
            System.out.printf("status: GET %d, POST %d, warm GET %d%n", get.getStatusCode(), post.getStatusCode(), warm.getStatusCode());
            System.out.printf("JVM start -> main:                %5d ms%n", mainStart - jvmStart);
            System.out.printf("JVM start -> handler constructed: %5d ms%n", constructed - jvmStart);
            System.out.printf("JVM start -> first GET handled:   %5d ms%n", firstGet - jvmStart);
            System.out.printf("first POST (valid return):        %5d ms%n", firstPost - beforePost);
            System.out.printf("warm GET:                         %5d ms%n", warmGet - firstPost);
        }
    }

    private static APIGatewayV2HTTPEvent event(String method, String path, Map<String, String> headers, String body) {
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0").withRouteKey("$default").withRawPath(path).withRawQueryString("")
                .withHeaders(headers).withBody(body).withIsBase64Encoded(false)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(method).withPath(path).withProtocol("HTTP/1.1").withSourceIp("127.0.0.1").build())
                        .withStage("$default").withRequestId("probe").build())
                .build();
    }

    /** A unique return each run, so the POST stores rather than finds a duplicate. */
    private static String form() {
        Map<String, String> f = new LinkedHashMap<>();
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

    private static void ensureProject(String url, String user) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, System.getenv().getOrDefault("DATASOURCES_DEFAULT_PASSWORD", ""));
             PreparedStatement s = c.prepareStatement("INSERT INTO project (id, name, operational_group, lead, improvement_areas) "
                     + "SELECT 'P01', 'Probe project', 3, 'Probe', 'C1' WHERE NOT EXISTS (SELECT 1 FROM project WHERE id = 'P01')")) {
            s.executeUpdate();
        }
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
        public int getMemoryLimitInMB() { return 1024; }
        public LambdaLogger getLogger() { return new LambdaLogger() {
                public void log(String message) { System.out.print(message); }
                public void log(byte[] message) { System.out.print(new String(message, StandardCharsets.UTF_8)); }
            }; }
    }
}
