package org.sendpmo.api.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;

/** HTML responses with the status a person's browser and a script both understand. */
public final class Html {

    private Html() {
    }

    public static MutableHttpResponse<String> page(HttpStatus status, String html) {
        return HttpResponse.<String>status(status).contentType(MediaType.TEXT_HTML_TYPE.toString() + ";charset=utf-8").body(html);
    }

    public static MutableHttpResponse<String> ok(String html) {
        return page(HttpStatus.OK, html);
    }

    /** Post/redirect/get: a refresh of the next page never resubmits the form. */
    public static MutableHttpResponse<String> seeOther(String location) {
        return HttpResponse.<String>status(HttpStatus.SEE_OTHER).header("Location", location);
    }
}
