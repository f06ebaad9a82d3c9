package org.sendpmo.api.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * A refusal in the form the caller reads: a page for a person's browser, JSON ({@code {"message": …}})
 * for a script, told apart by the path ({@code /api/…}) and the Accept header.
 */
@Singleton
public class ErrorResponses {

    private final MessagePage messages;

    public ErrorResponses(MessagePage messages) {
        this.messages = messages;
    }

    public MutableHttpResponse<?> refused(HttpRequest<?> request, HttpStatus status, String title, String message) {
        if (wantsJson(request)) {
            return HttpResponse.status(status).contentType(MediaType.APPLICATION_JSON_TYPE).body(Map.of("message", title + ". " + message));
        }
        return Html.page(status, messages.render(title, message));
    }

    public static boolean wantsJson(HttpRequest<?> request) {
        if (request.getPath().startsWith("/api/")) {
            return true;
        }
        return request.accept().stream().noneMatch(t -> t.matches(MediaType.TEXT_HTML_TYPE))
                && request.accept().stream().anyMatch(t -> t.matches(MediaType.APPLICATION_JSON_TYPE));
    }
}
