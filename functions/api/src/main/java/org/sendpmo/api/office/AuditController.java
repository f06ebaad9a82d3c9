package org.sendpmo.api.office;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sendpmo.adapters.config.SiteConfig;
import org.sendpmo.adapters.render.Pages;
import org.sendpmo.api.access.Roles;
import org.sendpmo.api.web.Html;
import org.sendpmo.audit.AuditEntry;
import org.sendpmo.audit.AuditLog;
import org.sendpmo.cycle.ProgrammeTime;

/**
 * The audit log for the programme office: every write between two dates (programme time, both days
 * included), newest first, on a page and as a CSV to keep.
 */
@Controller("/office")
@Secured({Roles.PROGRAMME_OFFICE, Roles.ADMINISTRATOR})
public class AuditController {

    /** A page shows at most this many entries; the CSV holds up to {@link #EXPORT_LIMIT}. */
    static final int PAGE_LIMIT = 500;
    static final int EXPORT_LIMIT = 100_000;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.UK);

    private final AuditLog audit;
    private final Pages pages;
    private final SiteConfig site;
    private final Clock clock;

    public AuditController(AuditLog audit, Pages pages, SiteConfig site, Clock clock) {
        this.audit = audit;
        this.pages = pages;
        this.site = site;
        this.clock = clock;
    }

    /** The days asked for, or the problem with them. */
    record Range(LocalDate from, LocalDate to, String problem) {
    }

    @Get("/audit{?from,to}")
    @Produces(MediaType.TEXT_HTML)
    public HttpResponse<String> page(@Nullable @QueryValue String from, @Nullable @QueryValue String to) {
        Range range = range(from, to);
        List<AuditEntry> entries = range.problem().isEmpty() ? read(range, PAGE_LIMIT + 1) : List.of();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Audit log");
        model.put("programmeName", site.getProgrammeName());
        model.put("from", from == null ? range.from().toString() : from);
        model.put("to", to == null ? range.to().toString() : to);
        model.put("error", range.problem());
        model.put("truncated", entries.size() > PAGE_LIMIT);
        model.put("limit", PAGE_LIMIT);
        model.put("rows", entries.stream().limit(PAGE_LIMIT).map(AuditController::row).toList());
        model.put("csvHref", "/office/audit.csv?from=" + range.from() + "&to=" + range.to());
        String html = pages.render("app/audit.ftlh", model);
        return range.problem().isEmpty() ? Html.ok(html) : Html.page(HttpStatus.BAD_REQUEST, html);
    }

    @Get(value = "/audit.csv{?from,to}", produces = "text/csv;charset=utf-8")
    public HttpResponse<String> csv(@Nullable @QueryValue String from, @Nullable @QueryValue String to) {
        Range range = range(from, to);
        if (!range.problem().isEmpty()) {
            return HttpResponse.<String>status(HttpStatus.BAD_REQUEST).contentType(MediaType.TEXT_PLAIN_TYPE).body(range.problem());
        }
        return HttpResponse.ok(AuditCsv.of(read(range, EXPORT_LIMIT)))
                .header("Content-Disposition", "attachment; filename=\"audit-" + range.from() + "-to-" + range.to() + ".csv\"");
    }

    private List<AuditEntry> read(Range range, int limit) {
        return audit.between(range.from().atStartOfDay(ProgrammeTime.ZONE).toInstant(),
                range.to().plusDays(1).atStartOfDay(ProgrammeTime.ZONE).toInstant(), limit);
    }

    /** Default: the last 30 days up to today. */
    Range range(String from, String to) {
        LocalDate today = LocalDate.now(clock.withZone(ProgrammeTime.ZONE));
        try {
            LocalDate end = to == null || to.isBlank() ? today : LocalDate.parse(to.trim());
            LocalDate start = from == null || from.isBlank() ? end.minusDays(30) : LocalDate.parse(from.trim());
            if (start.isAfter(end)) {
                return new Range(end.minusDays(30), end, "The 'from' date must be on or before the 'to' date");
            }
            return new Range(start, end, "");
        } catch (DateTimeParseException e) {
            return new Range(today.minusDays(30), today, "Enter dates as year-month-day, for example 2026-11-01");
        }
    }

    private static Map<String, String> row(AuditEntry e) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("when", WHEN.format(e.at().atZone(ProgrammeTime.ZONE)));
        row.put("who", e.actor());
        row.put("what", e.action().label());
        row.put("subject", e.subject());
        row.put("reference", e.reference() == null ? "" : e.reference());
        row.put("detail", e.detail() == null ? "" : e.detail());
        return row;
    }
}
