package org.sendpmo.api.uploads;

import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import org.sendpmo.api.access.CurrentActor;
import org.sendpmo.api.access.Roles;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import java.time.Clock;
import java.util.Optional;
import org.sendpmo.storage.StorageUnavailable;
import org.sendpmo.uploads.Upload;
import org.sendpmo.uploads.UploadKind;
import org.sendpmo.uploads.UploadRequests;
import org.sendpmo.uploads.UploadStore;

/**
 * The uploads API the upload page's script uses (and scripts of the programme office may): start an
 * upload and get a presigned PUT, say it was sent, and read its outcome.
 */
@Controller("/api/uploads")
@Secured({Roles.PROGRAMME_OFFICE, Roles.ADMINISTRATOR})
@Produces(MediaType.APPLICATION_JSON)
public class UploadApiController {

    private final UploadRequests requests;
    private final UploadStore store;
    private final Clock clock;

    public UploadApiController(UploadRequests requests, UploadStore store, Clock clock) {
        this.requests = requests;
        this.store = store;
        this.clock = clock;
    }

    @Post
    public HttpResponse<?> start(@Body UploadJson.StartRequest request, Authentication who) {
        Optional<UploadKind> kind = UploadKind.fromSlug(request.kind() == null ? "" : request.kind());
        if (kind.isEmpty()) {
            return HttpResponse.badRequest(new UploadJson.Message(
                    "kind must be one of " + java.util.Arrays.stream(UploadKind.values()).map(k -> "'" + k.slug() + "'")
                            .collect(java.util.stream.Collectors.joining(", ")) + "; found '" + request.kind() + "'"));
        }
        try {
            UploadRequests.Answer answer = requests.presign(kind.get(), request.fileName(), request.sizeBytes(),
                    request.sha256(), request.dryRun(), CurrentActor.of(who), clock.instant());
            if (answer instanceof UploadRequests.Refused refused) {
                HttpStatus status = refused.reason() == UploadRequests.Reason.TOO_LARGE
                        ? HttpStatus.REQUEST_ENTITY_TOO_LARGE : HttpStatus.BAD_REQUEST;
                return HttpResponse.status(status).body(new UploadJson.Message(refused.message()));
            }
            if (answer instanceof UploadRequests.AlreadyUploaded known) {
                return HttpResponse.ok(started(known.upload(), null, true));
            }
            UploadRequests.Presigned presigned = (UploadRequests.Presigned) answer;
            return HttpResponse.created(started(presigned.upload(), UploadJson.Put.of(presigned.put()), false));
        } catch (StorageUnavailable e) {
            return unavailable();
        }
    }

    @Post("/{id}/sent")
    public HttpResponse<?> sent(@PathVariable String id) {
        try {
            return requests.sent(id).<HttpResponse<?>>map(u -> HttpResponse.accepted().body(UploadJson.UploadView.of(u)))
                    .orElseGet(() -> notFound(id));
        } catch (StorageUnavailable e) {
            return unavailable();
        }
    }

    @Get("/{id}")
    public HttpResponse<?> find(@PathVariable String id) {
        return store.find(id).<HttpResponse<?>>map(u -> HttpResponse.ok(UploadJson.UploadView.of(u))).orElseGet(() -> notFound(id));
    }

    private static UploadJson.Started started(Upload upload, UploadJson.Put put, boolean again) {
        return new UploadJson.Started(UploadJson.UploadView.of(upload), put, again,
                "/api/uploads/" + upload.id() + "/sent", "/uploads/" + upload.id() + (again ? "?again=true" : ""));
    }

    private static HttpResponse<?> notFound(String id) {
        return HttpResponse.notFound(new UploadJson.Message("No upload has the reference '" + id + "'"));
    }

    private static HttpResponse<?> unavailable() {
        return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(new UploadJson.Message(
                "The service could not store the file just now; nothing was recorded. Try again in a minute."));
    }
}
