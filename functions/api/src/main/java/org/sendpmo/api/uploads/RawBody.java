package org.sendpmo.api.uploads;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpRequestWrapper;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.body.CloseableAvailableByteBody;
import java.util.concurrent.ExecutionException;

/**
 * A request's body as bytes, unparsed. Both servers the api runs on (the API Gateway proxy on Lambda,
 * Netty in the local run) expose it through {@link ServerHttpRequest#byteBody()}.
 */
final class RawBody {

    private RawBody() {
    }

    static byte[] of(HttpRequest<?> request) {
        HttpRequest<?> unwrapped = request;
        while (unwrapped instanceof HttpRequestWrapper<?> wrapper) {
            unwrapped = wrapper.getDelegate();
        }
        if (!(unwrapped instanceof ServerHttpRequest<?> server)) {
            throw new IllegalStateException("not a server request: " + request.getClass().getName());
        }
        try (CloseableAvailableByteBody body = server.byteBody().buffer().get()) {
            return body.toByteArray();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the request body", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not read the request body", e.getCause());
        }
    }
}
