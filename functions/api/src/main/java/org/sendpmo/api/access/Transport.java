package org.sendpmo.api.access;

import io.micronaut.http.HttpRequest;

/** Whether a request reached the product over TLS (API Gateway says so in X-Forwarded-Proto). */
public final class Transport {

    private Transport() {
    }

    public static boolean overTls(HttpRequest<?> request) {
        return request.isSecure() || "https".equalsIgnoreCase(request.getHeaders().get("X-Forwarded-Proto"));
    }

    /**
     * The caller's address for throttling: the last X-Forwarded-For entry, the one API Gateway itself
     * appends (earlier entries are whatever the caller sent, so trusting the first would let anyone
     * pick a fresh address per attempt); without the header, the socket's.
     */
    public static String clientAddress(HttpRequest<?> request) {
        String forwarded = request.getHeaders().get("X-Forwarded-For");
        if (forwarded != null && !forwarded.isBlank()) {
            String[] hops = forwarded.split(",");
            return hops[hops.length - 1].trim();
        }
        return request.getRemoteAddress().getAddress() == null ? "unknown" : request.getRemoteAddress().getAddress().getHostAddress();
    }
}
