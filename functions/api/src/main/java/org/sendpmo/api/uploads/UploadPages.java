package org.sendpmo.api.uploads;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sendpmo.adapters.config.SiteConfig;
import org.sendpmo.adapters.config.UploadConfig;
import org.sendpmo.adapters.render.Pages;
import org.sendpmo.cycle.ProgrammeTime;
import org.sendpmo.uploads.Upload;
import org.sendpmo.uploads.UploadKind;
import org.sendpmo.uploads.UploadSettings;
import org.sendpmo.uploads.UploadState;

/** Builds the models of the upload pages and renders them. */
@Singleton
public class UploadPages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm:ss", Locale.UK)
            .withZone(ProgrammeTime.ZONE);

    private final Pages pages;
    private final SiteConfig site;
    private final UploadConfig config;

    public UploadPages(Pages pages, SiteConfig site, UploadConfig config) {
        this.pages = pages;
        this.site = site;
        this.config = config;
    }

    public String form(String kind, boolean dryRun, String error) {
        Map<String, Object> model = base("Upload a spreadsheet");
        model.put("error", error);
        model.put("kind", kind);
        model.put("dryRun", dryRun);
        model.put("kinds", Arrays.stream(UploadKind.values()).map(k -> Map.of("slug", k.slug(), "label", k.label())).toList());
        model.put("maxBytes", config.getMaxBytes());
        model.put("maxSize", UploadSettings.size(config.getMaxBytes()));
        model.put("formMaxSize", UploadSettings.size(Math.min(config.getFormMaxBytes(), config.getMaxBytes())));
        // one Excel and one CSV template for every kind of upload, named after the kind
        model.put("templates", Arrays.stream(UploadKind.values())
                .flatMap(k -> java.util.stream.Stream.of(
                        Map.of("label", k.label() + " template (Excel)", "href", "/templates/" + k.slug() + ".xlsx"),
                        Map.of("label", k.label() + " template (CSV)", "href", "/templates/" + k.slug() + ".csv")))
                .toList());
        return pages.render("app/upload-form.ftlh", model);
    }

    public String status(Upload upload, boolean again) {
        boolean pending = upload.state() == UploadState.PENDING;
        boolean accepted = upload.state() == UploadState.ACCEPTED;
        Map<String, Object> model = base(title(upload));
        model.put("upload", upload);
        model.put("pending", pending);
        model.put("accepted", accepted);
        model.put("again", again);
        model.put("problems", upload.result().map(o -> o.problems()).orElse(List.of()));
        model.put("requestedAt", when(upload.requestedAt()));
        model.put("processedAt", upload.result().map(o -> when(o.processedAt())).orElse(""));
        model.put("kindLabel", upload.kind().label());
        model.put("csvHref", "/uploads/" + upload.id() + "/problems.csv");
        model.put("jsonHref", "/api/uploads/" + upload.id());
        return pages.render("app/upload-status.ftlh", model);
    }

    public String list(List<Upload> uploads) {
        Map<String, Object> model = base("Recent uploads");
        model.put("rows", uploads.stream().map(u -> Map.of(
                "id", u.id(), "href", "/uploads/" + u.id(), "fileName", u.fileName(), "kindLabel", u.kind().label(),
                "dryRun", u.dryRun(), "requestedAt", when(u.requestedAt()), "result", result(u))).toList());
        return pages.render("app/uploads.ftlh", model);
    }

    static String title(Upload upload) {
        if (upload.state() == UploadState.PENDING) {
            return "Checking your file";
        }
        if (upload.state() == UploadState.ACCEPTED) {
            return upload.dryRun() ? "File checked: no problems" : "File accepted";
        }
        int n = upload.outcome().problems().size();
        return "File not accepted: " + n + " problem" + (n == 1 ? "" : "s");
    }

    private static String result(Upload u) {
        if (u.state() == UploadState.PENDING) {
            return "Being checked";
        }
        if (u.state() == UploadState.ACCEPTED) {
            return u.dryRun() ? "No problems (nothing recorded)"
                    : "Accepted: " + u.outcome().rowsRead() + " rows, " + u.outcome().recorded() + " recorded";
        }
        return "Not accepted: " + u.outcome().problems().size() + " problems";
    }

    static String when(Instant at) {
        return WHEN.format(at);
    }

    private Map<String, Object> base(String title) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", title);
        model.put("programmeName", site.getProgrammeName());
        return model;
    }
}
