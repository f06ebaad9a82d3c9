package org.sendpmo.api.uploads;

import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import org.sendpmo.api.access.Csrf;
import org.sendpmo.api.access.CurrentActor;
import org.sendpmo.api.access.Roles;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.Clock;
import java.util.Optional;
import org.sendpmo.adapters.config.UploadConfig;
import org.sendpmo.adapters.uploads.ProblemCsv;
import org.sendpmo.api.web.Html;
import org.sendpmo.api.web.MessagePage;
import org.sendpmo.storage.StorageUnavailable;
import org.sendpmo.uploads.Upload;
import org.sendpmo.uploads.UploadKind;
import org.sendpmo.uploads.UploadRequests;
import org.sendpmo.uploads.UploadSettings;
import org.sendpmo.uploads.UploadStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The upload pages: the form (which posts the file here when the browser runs no script), each
 * upload's result, its problems as CSV, and the recent uploads.
 */
@Controller("/uploads")
@Secured({Roles.PROGRAMME_OFFICE, Roles.ADMINISTRATOR})
@Produces(MediaType.TEXT_HTML)
public class UploadController {

    private static final Logger LOG = LoggerFactory.getLogger(UploadController.class);

    private final UploadPages pages;
    private final MessagePage messages;
    private final UploadRequests requests;
    private final UploadStore store;
    private final UploadConfig config;
    private final Clock clock;
    private final Csrf csrf;

    public UploadController(UploadPages pages, MessagePage messages, UploadRequests requests, UploadStore store,
                            UploadConfig config, Clock clock, Csrf csrf) {
        this.csrf = csrf;
        this.pages = pages;
        this.messages = messages;
        this.requests = requests;
        this.store = store;
        this.config = config;
        this.clock = clock;
    }

    @Get("/new{?kind}")
    public HttpResponse<String> form(@QueryValue(defaultValue = "") String kind) {
        return Html.ok(pages.form(UploadKind.fromSlug(kind).map(UploadKind::slug).orElse(""), false, ""));
    }

    /**
     * The file, from the raw multipart body: {@code @Part} binding does not work behind the API Gateway
     * proxy (it reads a multipart body as URL-encoded), so nothing is bound and the bytes are parsed here.
     * Blocking: storing the file is I/O, and on Netty this must not run on the event loop.
     */
    @Post
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<String> upload(HttpRequest<?> request, Authentication who) {
        String contentType = request.getContentType().map(MediaType::toString).orElse("");
        byte[] body = RawBody.of(request);
        long formMax = Math.min(config.getFormMaxBytes(), config.getMaxBytes());
        if (body.length > formMax + 64 * 1024) {
            return refuse(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "", false, "The file is larger than "
                    + UploadSettings.size(formMax) + ", the most this page takes without JavaScript. Turn JavaScript on"
                    + " (the page then sends files up to " + UploadSettings.size(config.getMaxBytes()) + "), or split the file");
        }
        MultipartForm form;
        try {
            form = MultipartForm.parse(contentType, body);
        } catch (MultipartForm.Unreadable e) {
            return refuse(HttpStatus.BAD_REQUEST, "", false, e.getMessage());
        }
        String kindSlug = form.field("kind");
        boolean dryRun = "true".equals(form.field("dryRun"));
        // CsrfFilter leaves multipart bodies to this controller, the one place that parses them.
        boolean checkedHeader = request.getAttribute(Csrf.CHECKED, Boolean.class).orElse(false);
        if (!checkedHeader && !csrf.valid(request, who.getName(), form.field(Csrf.FIELD))) {
            return Html.page(HttpStatus.FORBIDDEN, messages.render(Csrf.REFUSED_TITLE, Csrf.REFUSED_MESSAGE));
        }
        Optional<UploadKind> kind = UploadKind.fromSlug(kindSlug);
        if (kind.isEmpty()) {
            return refuse(HttpStatus.BAD_REQUEST, "", dryRun, "Choose what the file holds: monthly returns, the risk register or KPI observations");
        }
        if (!form.hasFile()) {
            return refuse(HttpStatus.BAD_REQUEST, kindSlug, dryRun, "Choose a file to upload");
        }
        if (form.file().length > formMax) {
            return refuse(HttpStatus.REQUEST_ENTITY_TOO_LARGE, kindSlug, dryRun, "The file is "
                    + UploadSettings.size(form.file().length) + "; without JavaScript this page takes files up to "
                    + UploadSettings.size(formMax) + ". Turn JavaScript on, or split the file");
        }
        try {
            UploadRequests.Answer answer = requests.receive(kind.get(), form.fileName(), form.file(), dryRun, CurrentActor.of(who), clock.instant());
            if (answer instanceof UploadRequests.Refused refused) {
                HttpStatus status = refused.reason() == UploadRequests.Reason.TOO_LARGE
                        ? HttpStatus.REQUEST_ENTITY_TOO_LARGE : HttpStatus.BAD_REQUEST;
                return refuse(status, kindSlug, dryRun, refused.message());
            }
            if (answer instanceof UploadRequests.AlreadyUploaded known) {
                return Html.seeOther("/uploads/" + known.upload().id() + "?again=true");
            }
            return Html.seeOther("/uploads/" + ((UploadRequests.Stored) answer).upload().id());
        } catch (StorageUnavailable e) {
            LOG.warn("Upload not stored, the person was asked to retry: {}", e.getMessage());
            return refuse(HttpStatus.SERVICE_UNAVAILABLE, kindSlug, dryRun, "Your file was not stored because the service"
                    + " could not store it just now. Nothing was recorded: upload it again in a minute");
        }
    }

    /**
     * A pending upload is started again here (idempotent): if the browser stored the file but never said
     * so (the tab was closed), looking at the upload is enough to have it read where no storage event does.
     */
    @Get("/{id}{?again}")
    public HttpResponse<String> status(@PathVariable String id, @QueryValue(defaultValue = "false") boolean again) {
        return requests.sent(id).map(u -> (HttpResponse<String>) Html.ok(pages.status(u, again))).orElseGet(this::notFound);
    }

    @Get(value = "/{id}/problems.csv", produces = "text/csv;charset=utf-8")
    public HttpResponse<String> problemsCsv(@PathVariable String id) {
        Optional<Upload> upload = store.find(id);
        if (upload.isEmpty()) {
            return notFound();
        }
        return HttpResponse.ok(ProblemCsv.of(upload.get()))
                .contentType("text/csv;charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + id + "-problems.csv\"");
    }

    @Get
    public HttpResponse<String> recent() {
        return Html.ok(pages.list(store.recent(50)));
    }

    private HttpResponse<String> refuse(HttpStatus status, String kind, boolean dryRun, String message) {
        return Html.page(status, pages.form(kind, dryRun, message));
    }

    private HttpResponse<String> notFound() {
        return Html.page(HttpStatus.NOT_FOUND, messages.render("Upload not found",
                "No upload has that reference. Check the link, or see the recent uploads at /uploads."));
    }
}
