package org.sendpmo.api;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Uploads as a browser sends them: a multipart form post, or the script's start, PUT and "sent". */
final class UploadSupport {

    private static final String BOUNDARY = "----sendpmoTestBoundary7MA4YWxkTrZu0gW";
    private static final HttpClient BROWSER = HttpClient.newHttpClient();

    private UploadSupport() {
    }

    /** What the form post answered (redirects are not followed). */
    record Posted(int code, String location, String body) {
    }

    /**
     * The no-script form as a browser posts it: kind radio, the file, and the "check only" box (sent only
     * when ticked). Sent with the JDK's client, because Micronaut's will not send a raw multipart body.
     */
    static Posted postFile(ApiTestSupport.Browser browser, String kind, String fileName, byte[] file, boolean dryRun) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        // the form's hidden CSRF field comes first, as the page writes it
        field(body, "csrfToken", browser.csrfToken());
        field(body, "kind", kind);
        write(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n");
        body.writeBytes(file);
        write(body, "\r\n");
        if (dryRun) {
            field(body, "dryRun", "true");
        }
        write(body, "--" + BOUNDARY + "--\r\n");
        try {
            java.net.http.HttpResponse<String> response = BROWSER.send(java.net.http.HttpRequest.newBuilder(browser.server().resolve("/uploads"))
                    .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                    .header("Cookie", browser.cookies())
                    .POST(BodyPublishers.ofByteArray(body.toByteArray())).build(), BodyHandlers.ofString());
            return new Posted(response.statusCode(), response.headers().firstValue("Location").orElse(null), response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String idFrom(Posted redirect) {
        String location = redirect.location();
        if (redirect.code() != 303 || location == null) {
            throw new AssertionError("expected a redirect to the upload's page, got " + redirect.code() + ": " + redirect.body());
        }
        String path = location.replaceFirst("\\?.*", "");
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The upload's JSON once it has been read (the in-process reader runs in the background). */
    static Map<String, Object> awaitRead(BlockingHttpClient client, String id) {
        long until = System.nanoTime() + 60_000_000_000L;
        while (true) {
            Map<String, Object> upload = client.retrieve(HttpRequest.GET("/api/uploads/" + id), Argument.mapOf(String.class, Object.class));
            if (!"PENDING".equals(upload.get("state"))) {
                return upload;
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("upload " + id + " was not read within a minute: " + upload);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    static Map<String, Object> start(BlockingHttpClient client, String kind, String fileName, long size, String sha256, boolean dryRun) {
        return client.retrieve(HttpRequest.POST("/api/uploads", Map.of("kind", kind, "fileName", fileName, "sizeBytes", size,
                "sha256", sha256, "dryRun", dryRun)), Argument.mapOf(String.class, Object.class));
    }

    /** The browser's PUT to the presigned URL, with exactly the headers it was told to send. */
    @SuppressWarnings("unchecked")
    static int put(Map<String, Object> put, byte[] bytes) throws IOException, InterruptedException {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(URI.create((String) put.get("url")))
                .PUT(BodyPublishers.ofByteArray(bytes));
        ((Map<String, Object>) put.get("headers")).forEach((name, value) -> request.header(name, (String) value));
        return BROWSER.send(request.build(), BodyHandlers.discarding()).statusCode();
    }

    private static void field(ByteArrayOutputStream body, String name, String value) {
        write(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
