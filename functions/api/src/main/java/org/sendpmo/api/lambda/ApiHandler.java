package org.sendpmo.api.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.env.Environment;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The api's Lambda handler: Micronaut's HTTP API (payload 2.0) handler, given back the browser's cookies.
 *
 * <p>API Gateway's payload 2.0 takes the {@code Cookie} header out of the headers and passes the cookies as a
 * separate {@code cookies} list, which Micronaut 4.10's v2 handler does not read (micronaut-aws pull request
 * 2454, open). Without this, no session or CSRF cookie would reach the api on AWS and every person would be
 * sent to sign in again. The list is folded back into one {@code Cookie} header, as a browser sends it.
 *
 * <p>Singletons are created when first needed, not all at init, when the instance starts on demand
 * (README "Cold start"): Micronaut's Lambda builder creates every singleton at init, so a cold start on
 * demand waited for the PDF renderer, the spreadsheet reader, the holiday calendar and clients that its
 * first request does not use. Under SnapStart or provisioned concurrency the init runs before any
 * request is waiting, so there every singleton is still created at init and lands in the snapshot.
 */
public class ApiHandler extends APIGatewayV2HTTPEventFunction {

    public ApiHandler() {
        super();
    }

    public ApiHandler(ApplicationContext context) {
        super(context);
    }

    /** Lambda's own name for how this instance is being initialised (AWS_LAMBDA_INITIALIZATION_TYPE). */
    static final String INITIALIZATION_TYPE = "AWS_LAMBDA_INITIALIZATION_TYPE";

    /** The environment Micronaut's Lambda builder adds besides "function" (LambdaApplicationContextBuilder). */
    private static final String LAMBDA_ENVIRONMENT = "lambda";

    @Override
    protected ApplicationContextBuilder newApplicationContextBuilder() {
        if (initialisedAheadOfRequests(System.getenv(INITIALIZATION_TYPE))) {
            return super.newApplicationContextBuilder();
        }
        // Micronaut's Lambda builder with its eager flags left off: once set, eagerInitSingletons(false) does
        // not take the singleton scope back out of the builder's eager set, so the builder is made afresh.
        return ApplicationContext.builder().environments(Environment.FUNCTION, LAMBDA_ENVIRONMENT);
    }

    /**
     * Whether no request waits for this init: SnapStart's init before its snapshot ("snap-start") and
     * provisioned concurrency's ("provisioned-concurrency"); not an instance started on demand ("on-demand",
     * or unset as outside Lambda).
     */
    static boolean initialisedAheadOfRequests(String initializationType) {
        return "snap-start".equals(initializationType) || "provisioned-concurrency".equals(initializationType);
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return super.handleRequest(withCookieHeader(event), context);
    }

    /** The event with its {@code cookies} list, if any, joined into the {@code Cookie} header (after any it had). */
    public static APIGatewayV2HTTPEvent withCookieHeader(APIGatewayV2HTTPEvent event) {
        List<String> cookies = event.getCookies();
        if (cookies == null || cookies.isEmpty()) {
            return event;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        List<String> pairs = new ArrayList<>();
        if (event.getHeaders() != null) {
            event.getHeaders().forEach((name, value) -> {
                if (name.equalsIgnoreCase("cookie")) {
                    pairs.add(value);
                } else {
                    headers.put(name, value);
                }
            });
        }
        pairs.addAll(cookies);
        headers.put("cookie", String.join("; ", pairs));
        event.setHeaders(headers);
        event.setCookies(null);
        return event;
    }
}
