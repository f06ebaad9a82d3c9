package org.sendpmo.api.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.ServerCookieDecoder;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RequestCookieDecoderTest {

    @Test
    void everyCookieOfTheHeaderIsRead() {
        List<Cookie> cookies = new RequestCookieDecoder().decode("SESSION=eyJ.a-b_c; csrf=n0nce_-; empty=; \"x\"; q=\"quoted\"");
        assertEquals("SESSION=eyJ.a-b_c csrf=n0nce_- empty= q=quoted",
                cookies.stream().map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining(" ")));
    }

    /** The service file is what makes Micronaut use it (its default decoder keeps the first cookie only). */
    @Test
    void micronautDecodesWithIt() {
        assertEquals(RequestCookieDecoder.class, ServerCookieDecoder.INSTANCE.getClass());
    }
}
