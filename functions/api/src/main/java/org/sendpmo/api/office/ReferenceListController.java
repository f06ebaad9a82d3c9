package org.sendpmo.api.office;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendpmo.adapters.config.SiteConfig;
import org.sendpmo.adapters.render.Pages;
import org.sendpmo.api.access.Roles;
import org.sendpmo.api.web.Html;
import org.sendpmo.api.web.MessagePage;
import org.sendpmo.api.web.RequestActors;
import org.sendpmo.reference.ReferenceList;
import org.sendpmo.reference.ReferenceLists;
import org.sendpmo.returns.Problem;
import org.sendpmo.storage.StorageUnavailable;

/**
 * The programme office's reference lists, one page and one form each ({@code /office/reference/risk-appetite}):
 * every code with the value set, the configured default, and who set it when. A save stores all or nothing.
 */
@Controller("/office/reference")
@Secured({Roles.PROGRAMME_OFFICE, Roles.ADMINISTRATOR})
@Produces(MediaType.TEXT_HTML)
public class ReferenceListController {

    private static final String PREFIX = "value.";

    private final ReferenceLists lists;
    private final Pages pages;
    private final SiteConfig site;
    private final MessagePage messages;
    private final RequestActors actors;

    public ReferenceListController(ReferenceLists lists, Pages pages, SiteConfig site, MessagePage messages, RequestActors actors) {
        this.lists = lists;
        this.pages = pages;
        this.site = site;
        this.messages = messages;
        this.actors = actors;
    }

    @Get("/{list}{?saved}")
    public HttpResponse<String> page(@PathVariable String list, @QueryValue(defaultValue = "") String saved) {
        return withList(list, l -> Html.ok(render(l, current(l), List.of(), !saved.isEmpty())));
    }

    @Post("/{list}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> save(HttpRequest<?> request, @PathVariable String list, @Body Map<String, String> form) {
        return withList(list, l -> {
            Map<String, String> values = new LinkedHashMap<>();
            form.forEach((k, v) -> {
                if (k.startsWith(PREFIX)) {
                    values.put(k.substring(PREFIX.length()), v);
                }
            });
            List<Problem> problems = lists.save(l, values, actors.of(request));
            if (!problems.isEmpty()) {
                return Html.page(HttpStatus.BAD_REQUEST, render(l, form, problems, false));
            }
            return Html.seeOther("/office/reference/" + l.slug() + "?saved=yes");
        });
    }

    @Error(exception = StorageUnavailable.class)
    public HttpResponse<String> unavailable(StorageUnavailable e) {
        return Html.page(HttpStatus.SERVICE_UNAVAILABLE, messages.render("Not saved", e.getMessage()));
    }

    private Map<String, String> current(ReferenceList list) {
        Map<String, String> values = new LinkedHashMap<>();
        lists.rows(list).forEach(r -> values.put(PREFIX + r.code(), r.value()));
        return values;
    }

    private String render(ReferenceList list, Map<String, String> typed, List<Problem> problems, boolean saved) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", list.title());
        model.put("programmeName", site.getProgrammeName());
        model.put("action", "/office/reference/" + list.slug());
        model.put("valueLabel", list.valueLabel());
        model.put("saved", saved);
        model.put("rows", lists.rows(list).stream().map(r -> Map.of("code", r.code(), "label", r.label(),
                "configured", r.configured(), "changed", r.changedAt() == null ? "Not changed"
                        : "By " + r.changedBy() + ", " + OfficeFormat.time(r.changedAt()))).toList());
        Map<String, String> values = new HashMap<>();
        lists.rows(list).forEach(r -> values.put(PREFIX + r.code(), typed.getOrDefault(PREFIX + r.code(), "")));
        model.put("values", values);
        model.put("problems", problems);
        Map<String, String> errorFor = new HashMap<>();
        problems.forEach(p -> errorFor.putIfAbsent(p.field(), p.message()));
        model.put("errorFor", errorFor);
        return pages.render("app/reference-list.ftlh", model);
    }

    private HttpResponse<String> withList(String slug, java.util.function.Function<ReferenceList, HttpResponse<String>> page) {
        Optional<ReferenceList> list = ReferenceList.fromSlug(slug);
        return list.map(page).orElseGet(() -> Html.page(HttpStatus.NOT_FOUND, messages.render("No such list",
                "There is no reference list '" + slug + "'. The lists are " + java.util.Arrays.stream(ReferenceList.values())
                        .map(ReferenceList::slug).collect(java.util.stream.Collectors.joining(", ")) + ".")));
    }
}
