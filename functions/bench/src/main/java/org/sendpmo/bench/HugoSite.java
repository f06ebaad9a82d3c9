package org.sendpmo.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.sendpmo.pack.PackModel;
import org.sendpmo.returns.Milestone;
import org.sendpmo.risk.RiskEntry;
import org.sendpmo.scoring.Contribution;

/**
 * The comparison for the benchmark: a Hugo site made from the same view model the pack's templates render
 * (one content page per project with its return, score, contributions, milestones and risks; a home page
 * with the whole ranking, a projects list, a risks page with the whole register and a returns page with
 * every project), with templates of similar shape: a base layout with header, navigation and footer,
 * tables, definition lists and an inline SVG bar per criterion. Hugo is the Debian package; the time is the
 * wall clock of {@code hugo --quiet} (so it includes Hugo's start, about 0.05 s), the best of two runs.
 */
final class HugoSite {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HugoSite() {
    }

    /** @return the Hugo build's seconds (best of two) and pages written; NaN and 0 when run.sh found no Hugo */
    static Result build(PackModel model, List<RiskEntry> register, Path dir) throws IOException, InterruptedException {
        if (Boolean.getBoolean("bench.noHugo")) {
            return new Result(Double.NaN, 0);
        }
        writeLayouts(dir);
        writeContent(model, register, dir);
        double best = Double.MAX_VALUE;
        for (int run = 0; run < 2; run++) {
            deleteTree(dir.resolve("public"));
            long t0 = System.nanoTime();
            Process hugo = new ProcessBuilder("hugo", "--quiet", "--source", dir.toString()).inheritIO().start();
            if (hugo.waitFor() != 0) {
                throw new IllegalStateException("hugo failed with exit code " + hugo.exitValue());
            }
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        long pages;
        try (Stream<Path> files = Files.walk(dir.resolve("public"))) {
            pages = files.filter(p -> p.toString().endsWith(".html")).count();
        }
        return new Result(best, pages);
    }

    record Result(double seconds, long pages) {
    }

    private static void writeContent(PackModel model, List<RiskEntry> register, Path dir) throws IOException {
        Path projects = Files.createDirectories(dir.resolve("content/projects"));
        for (PackModel.ProjectPage page : model.projectPages()) {
            write(projects.resolve(page.project().id() + ".md"), JSON.writeValueAsString(frontMatter(page)) + "\n");
        }
        write(dir.resolve("content/_index.md"), "{\"title\": \"" + model.cycle().board() + "\"}\n");
        write(dir.resolve("content/projects/_index.md"), "{\"title\": \"Projects\"}\n");
        write(dir.resolve("content/risks.md"), "{\"title\": \"Risks\", \"layout\": \"risks\"}\n");
        write(dir.resolve("content/returns.md"), "{\"title\": \"Returns\", \"layout\": \"returns\"}\n");
        List<Map<String, Object>> risks = new ArrayList<>();
        for (RiskEntry e : register) {
            risks.add(Map.of("id", e.id(), "title", e.title(), "owner", e.owner(), "category", e.category().name(),
                    "likelihood", e.current().likelihood(), "impact", e.current().impact(), "projects", e.projectIds(),
                    "reviewed", e.lastReviewed().toString(), "escalation", e.escalation().name()));
        }
        Files.createDirectories(dir.resolve("data"));
        write(dir.resolve("data/risks.json"), JSON.writeValueAsString(risks));
    }

    private static Map<String, Object> frontMatter(PackModel.ProjectPage page) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", page.project().name());
        m.put("id", page.project().id());
        m.put("lead", page.project().lead());
        m.put("rank", page.rank());
        m.put("weight", page.rank() == 0 ? 100_000 : page.rank());
        m.put("score", page.score() == null ? "" : page.score().toPlainString());
        m.put("band", page.band() == null ? "Not scored" : page.band().label());
        if (page.hasReturn()) {
            var ret = page.latest().content();
            m.put("rag", ret.overallRag().label());
            m.put("month", ret.reportingMonth().toString());
            m.put("commentary", ret.progressCommentary());
            m.put("risks", ret.keyRisksAndIssues());
            List<Map<String, Object>> milestones = new ArrayList<>();
            for (Milestone ms : ret.milestones()) {
                milestones.add(Map.of("name", ms.name(), "baseline", ms.baseline().toString(),
                        "forecast", ms.forecast().toString(), "complete", ms.complete()));
            }
            m.put("milestones", milestones);
        }
        List<Map<String, Object>> criteria = new ArrayList<>();
        for (PackModel.ProjectPage.Bar bar : page.contributionBars()) {
            Contribution c = bar.contribution();
            criteria.add(Map.of("id", c.criterion().id(), "title", c.criterion().title(), "score", c.score(),
                    "points", c.points().toPlainString(), "width", bar.share().movePointRight(2).intValue()));
        }
        m.put("criteria", criteria);
        m.put("status", page.indicators().status().toString());
        return m;
    }

    private static void writeLayouts(Path dir) throws IOException {
        write(dir.resolve("config.json"), """
                {"baseURL": "/", "relativeURLs": true, "uglyURLs": true, "disableKinds": ["taxonomy", "term", "RSS", "sitemap", "404", "robotsTXT"],
                 "title": "SEND programme assurance"}
                """);
        write(dir.resolve("layouts/_default/baseof.html"), """
                <!DOCTYPE html>
                <html lang="en-GB"><head><meta charset="utf-8"><title>{{ .Title }} – {{ site.Title }}</title>
                <link rel="stylesheet" href="{{ "pack.css" | relURL }}"></head>
                <body><a class="skip" href="#main">Skip to main content</a>
                <header><p>{{ site.Title }}</p><nav aria-label="Pack"><ul>
                <li><a href="{{ "index.html" | relURL }}">Cycle home</a></li><li><a href="{{ "projects/index.html" | relURL }}">Projects</a></li>
                <li><a href="{{ "risks.html" | relURL }}">Risks</a></li><li><a href="{{ "returns.html" | relURL }}">Returns</a></li></ul></nav></header>
                <main id="main">{{ block "main" . }}{{ end }}</main>
                <footer><p>Generated from the programme's returns.</p></footer></body></html>
                """);
        write(dir.resolve("layouts/_default/single.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1>
                <dl><dt>Rank</dt><dd>{{ if .Params.rank }}{{ .Params.rank }}{{ else }}Not ranked{{ end }}</dd>
                <dt>Score</dt><dd>{{ .Params.score }} ({{ .Params.band }})</dd><dt>Overall RAG</dt><dd>{{ .Params.rag }}</dd>
                <dt>Return</dt><dd>{{ .Params.month }}: {{ .Params.status }}</dd><dt>Lead</dt><dd>{{ .Params.lead }}</dd></dl>
                <h2>Progress</h2><p>{{ .Params.commentary }}</p>
                <h2>Score explained</h2><table><caption>Contribution of each criterion</caption>
                <thead><tr><th scope="col">Criterion</th><th scope="col">Score</th><th scope="col">Points</th><th scope="col">Share</th></tr></thead><tbody>
                {{ range .Params.criteria }}<tr><th scope="row">{{ .id }} {{ .title }}</th><td>{{ .score }}</td><td>{{ .points }}</td>
                <td><svg width="100" height="12" role="img" aria-label="{{ .width }}% of the largest"><rect width="{{ .width }}" height="12"></rect></svg></td></tr>{{ end }}
                </tbody></table>
                <h2>Milestones</h2><table><thead><tr><th scope="col">Milestone</th><th scope="col">Baseline</th><th scope="col">Forecast</th><th scope="col">Complete</th></tr></thead><tbody>
                {{ range .Params.milestones }}<tr><td>{{ .name }}</td><td>{{ .baseline }}</td><td>{{ .forecast }}</td><td>{{ if .complete }}Yes{{ else }}No{{ end }}</td></tr>{{ end }}
                </tbody></table>
                <h2>Key risks and issues</h2><ul>{{ range .Params.risks }}<li>{{ . }}</li>{{ end }}</ul>
                <p><a href="{{ "index.html" | relURL }}#ranking">Back to the ranking</a></p>{{ end }}
                """);
        String rankingRows = """
                {{ range where site.RegularPages "Section" "projects" }}<tr><td>{{ if .Params.rank }}{{ .Params.rank }}{{ end }}</td>
                <th scope="row"><a href="{{ .RelPermalink }}">{{ .Title }}</a></th><td>{{ .Params.score }}</td><td>{{ .Params.band }}</td><td>{{ .Params.rag }}</td></tr>{{ end }}
                """;
        write(dir.resolve("layouts/index.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1>
                <h2>Projects by band</h2><ul>{{ range (where site.RegularPages "Section" "projects").GroupByParam "band" }}<li>{{ .Key }}: {{ len .Pages }}</li>{{ end }}</ul>
                <table id="ranking"><caption>Ranking</caption><thead><tr><th scope="col">Rank</th><th scope="col">Project</th><th scope="col">Score</th><th scope="col">Band</th><th scope="col">RAG</th></tr></thead><tbody>
                """ + rankingRows + "</tbody></table>{{ end }}\n");
        write(dir.resolve("layouts/_default/list.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> ({{ .Params.id }})</li>{{ end }}</ul>{{ end }}
                """);
        write(dir.resolve("layouts/_default/risks.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1><table><thead><tr><th scope="col">Entry</th><th scope="col">Title</th><th scope="col">Owner</th>
                <th scope="col">Rating</th><th scope="col">Projects</th><th scope="col">Reviewed</th><th scope="col">Escalation</th></tr></thead><tbody>
                {{ range site.Data.risks }}<tr><th scope="row">{{ .id }}</th><td>{{ .title }}</td><td>{{ .owner }}</td><td>{{ mul .likelihood .impact }}</td>
                <td>{{ range .projects }}<a href="{{ printf "projects/%s.html" . | relURL }}">{{ . }}</a> {{ end }}</td><td>{{ .reviewed }}</td><td>{{ .escalation }}</td></tr>{{ end }}
                </tbody></table>{{ end }}
                """);
        write(dir.resolve("layouts/_default/returns.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1><table><thead><tr><th scope="col">Project</th><th scope="col">Month</th><th scope="col">Status</th></tr></thead><tbody>
                {{ range where site.RegularPages "Section" "projects" }}<tr><th scope="row"><a href="{{ .RelPermalink }}">{{ .Title }}</a></th><td>{{ .Params.month }}</td><td>{{ .Params.status }}</td></tr>{{ end }}
                </tbody></table>{{ end }}
                """);
        write(dir.resolve("static/pack.css"), "body{font-family:Arial,sans-serif}\n");
    }

    private static void write(Path path, String text) throws IOException {
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
