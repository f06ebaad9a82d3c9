package org.sendpmo.api.access;

import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.ServerCookieDecoder;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads every cookie of a request's {@code Cookie} header ({@code SESSION=…; csrf=…}, RFC 6265 §4.2.1).
 * Behind the Lambda handler Micronaut decodes it with its default decoder, built on
 * {@code java.net.HttpCookie}, which parses a {@code Set-Cookie} line and so keeps only the first cookie:
 * a form post then lost its CSRF nonce and was refused. The Netty decoder the tests' HTTP client brings
 * does this right but would put Netty into the function for one loop. Registered through
 * {@code META-INF/services/io.micronaut.http.cookie.ServerCookieDecoder}.
 */
public final class RequestCookieDecoder implements ServerCookieDecoder {

    @Override
    public List<Cookie> decode(String header) {
        List<Cookie> cookies = new ArrayList<>();
        for (String pair : header.split(";")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? "" : pair.substring(0, equals).trim();
            if (!name.isEmpty()) {
                cookies.add(Cookie.of(name, unquoted(pair.substring(equals + 1).trim())));
            }
        }
        return cookies;
    }

    private static String unquoted(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }
}
