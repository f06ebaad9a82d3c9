package org.sendpmo.api.office;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sendpmo.adapters.config.SiteConfig;
import org.sendpmo.adapters.render.Pages;
import org.sendpmo.cycle.Board;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.cycle.BoardNames;
import org.sendpmo.cycle.ReturnScheduler;
import org.sendpmo.pack.BuildLedger;
import org.sendpmo.pack.CyclePublication;
import org.sendpmo.pack.PackBuild;
import org.sendpmo.pack.PackFinality;
import org.sendpmo.project.Project;
import org.sendpmo.project.ProjectDirectory;
import org.sendpmo.reference.ReferenceLists;
import org.sendpmo.returns.Problem;
import org.sendpmo.returns.ReturnLedger;

/** Builds the models of the cycle form and the cycle page, and renders them. */
@Singleton
public class CyclePages {

    private final Pages pages;
    private final SiteConfig site;
    private final BuildLedger builds;
    private final PackFinality finality;
    private final ReturnScheduler scheduler;
    private final ProjectDirectory projects;
    private final ReturnLedger returns;
    private final Clock clock;
    private final ReferenceLists lists;
    private final BoardPackView boardPacks;

    public CyclePages(Pages pages, SiteConfig site, BuildLedger builds, PackFinality finality, ReturnScheduler scheduler,
                      ProjectDirectory projects, ReturnLedger returns, Clock clock, ReferenceLists lists,
                      BoardPackView boardPacks) {
        this.boardPacks = boardPacks;
        this.pages = pages;
        this.site = site;
        this.builds = builds;
        this.finality = finality;
        this.scheduler = scheduler;
        this.projects = projects;
        this.returns = returns;
        this.clock = clock;
        this.lists = lists;
    }

    /** The new-cycle form (cycle null) or an existing cycle's edit form, with the values and problems given. */
    public String form(BoardCycle cycle, Map<String, String> values, List<Problem> problems) {
        Map<String, Object> model = base(cycle == null ? "Set up a board cycle" : "Change " + cycle.id());
        model.put("cycle", cycle == null ? Map.of() : details(cycle));
        model.put("editing", cycle != null);
        model.put("action", cycle == null ? "/office/cycles" : "/office/cycles/" + cycle.id());
        List<Map<String, String>> boards = new ArrayList<>();
        boards.add(Map.of("value", "", "label", "Select a board"));
        BoardNames names = lists.boardNames();
        for (Board b : Board.values()) {
            boards.add(Map.of("value", b.name(), "label", names.of(b)));
        }
        model.put("boardOptions", boards);
        putForm(model, values, problems);
        return pages.render("app/cycle-form.ftlh", model);
    }

    /**
     * The cycle page: details, outstanding returns, the build history with status and stage, the final mark,
     * the PDF board pack's state and the reopenings; the reopen form shows {@code problems} when it was sent back.
     */
    public String page(BoardCycle cycle, String notice, Map<String, String> values, List<Problem> problems) {
        CyclePublication state = finality.read(cycle.id()).orElseThrow();
        Map<String, Object> model = base(cycle.board() + ", " + OfficeFormat.date(cycle.meetingDate()));
        model.put("cycle", details(cycle));
        model.put("notice", notice == null ? "" : notice);
        List<PackBuild> history = builds.forCycle(cycle.id());
        model.put("builds", history.stream().map(b -> build(b, state)).toList());
        model.put("inProgress", history.stream().anyMatch(b -> !b.finished()));
        model.put("published", state.currentBuildId() != null);
        model.put("isFinal", state.isFinal());
        model.put("finalMark", state.isFinal() ? Map.of("buildId", state.finalMark().buildId(), "by", state.finalMark().by(),
                "at", OfficeFormat.time(state.finalMark().at())) : Map.of());
        model.put("boardPack", boardPacks.of(state).model());
        model.put("reopenings", state.reopenings().stream().map(CyclePages::reopening).toList());
        model.put("outstanding", outstanding(cycle));
        model.put("expected", active(cycle).size());
        putForm(model, values, problems);
        return pages.render("app/cycle.ftlh", model);
    }

    /** Projects with no return for the cycle's reporting month received so far. */
    public List<Project> outstanding(BoardCycle cycle) {
        Set<String> returned = returns.latestPerProject(cycle.reportingMonth(), clock.instant()).stream()
                .filter(r -> r.content().reportingMonth().equals(cycle.reportingMonth()))
                .map(r -> r.content().projectId()).collect(Collectors.toSet());
        return active(cycle).stream().filter(p -> !returned.contains(p.id())).toList();
    }

    /** The projects expected to report for the cycle: closed ones leave from the month after they closed. */
    private List<Project> active(BoardCycle cycle) {
        return projects.all().stream().filter(p -> p.activeIn(cycle.reportingMonth())).toList();
    }

    Map<String, String> details(BoardCycle c) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("id", c.id());
        d.put("board", c.board());
        d.put("meeting", OfficeFormat.date(c.meetingDate()));
        d.put("month", OfficeFormat.month(c.reportingMonth()));
        d.put("due", OfficeFormat.date(c.returnsDue() == null ? scheduler.defaults(c.meetingDate()).dueDate() : c.returnsDue()));
        d.put("cutOff", OfficeFormat.date(c.cutOff()));
        d.put("href", "/office/cycles/" + c.id());
        d.put("packHref", site.getPackBaseUrl() + "cycles/" + c.id() + "/index.html");
        return d;
    }

    private static Map<String, Object> build(PackBuild b, CyclePublication state) {
        Map<String, Object> m = new LinkedHashMap<>();
        boolean current = b.id().equals(state.currentBuildId());
        m.put("id", b.id());
        m.put("status", b.status().name().toLowerCase(java.util.Locale.ROOT));
        m.put("stage", b.stage() == null || b.finished() ? "" : b.stage().name().toLowerCase(java.util.Locale.ROOT));
        m.put("requestedBy", b.requestedBy() + (b.scheduledOn() == null ? "" : " (scheduled)"));
        m.put("requestedAt", OfficeFormat.time(b.requestedAt()));
        m.put("finishedAt", OfficeFormat.time(b.finishedAt()));
        m.put("message", b.message() == null ? "" : b.message());
        m.put("current", current);
        m.put("final", state.isFinal() && b.id().equals(state.finalMark().buildId()));
        m.put("canMarkFinal", current && !state.isFinal());
        return m;
    }

    private static Map<String, String> reopening(CyclePublication.Reopening r) {
        return Map.of("buildId", r.buildId(), "finalBy", r.finalBy(), "finalAt", OfficeFormat.time(r.finalAt()),
                "reopenedBy", r.reopenedBy(), "reopenedAt", OfficeFormat.time(r.reopenedAt()), "reason", r.reason());
    }

    private Map<String, Object> base(String title) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", title);
        model.put("programmeName", site.getProgrammeName());
        return model;
    }

    private static void putForm(Map<String, Object> model, Map<String, String> values, List<Problem> problems) {
        model.put("values", CycleFormFields.values(values));
        model.put("problems", problems);
        Map<String, String> errorFor = new HashMap<>();
        problems.forEach(p -> errorFor.putIfAbsent(p.field(), p.message()));
        model.put("errorFor", errorFor);
    }
}
