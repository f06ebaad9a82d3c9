package org.sendpmo.api.pack;

import io.micronaut.http.HttpResponse;
import io.micronaut.security.annotation.Secured;
import org.sendpmo.api.access.Roles;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import org.sendpmo.adapters.s3.StorageProperties;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * The published packs, read through the product after signing in: the site bucket is never public.
 * Serves the bucket at {@code /pack/} as a static host would (the same in AWS and the local run), to
 * board members and the programme office.
 */
@Controller("/pack")
@Secured({Roles.BOARD_MEMBER, Roles.PROGRAMME_OFFICE, Roles.ADMINISTRATOR})
public class PackSiteController {

    private final S3Client s3;
    private final String bucket;

    public PackSiteController(S3Client s3, StorageProperties storage) {
        this.s3 = s3;
        this.bucket = storage.getSiteBucket();
    }

    @Get
    public HttpResponse<?> root() {
        return HttpResponse.redirect(java.net.URI.create("/pack/index.html"));
    }

    @Get("/{+path}")
    public HttpResponse<?> file(@PathVariable String path) {
        if (path.contains("..") || path.startsWith("/")) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body("Bad path");
        }
        String key = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
        try {
            ResponseBytes<GetObjectResponse> object = s3.getObjectAsBytes(r -> r.bucket(bucket).key(key));
            String type = object.response().contentType() == null ? MediaType.APPLICATION_OCTET_STREAM : object.response().contentType();
            return HttpResponse.ok(object.asByteArray()).contentType(type);
        } catch (NoSuchKeyException e) {
            return HttpResponse.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN_TYPE)
                    .body("No page " + key + " in the published packs. Has the pack been built? See /office.");
        }
    }
}
