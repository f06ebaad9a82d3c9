package org.sendpmo.adapters.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sendpmo.pack.RenderedSite;

class JsoupLinkCheckerTest {

    private final JsoupLinkChecker checker = new JsoupLinkChecker();

    private static RenderedSite site(String... pathThenHtml) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < pathThenHtml.length; i += 2) {
            files.put(pathThenHtml[i], pathThenHtml[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return new RenderedSite(files);
    }

    @Test
    void relativeLinksFragmentsAndExternalLinksThatResolvePass() {
        RenderedSite site = site(
                "index.html", """
                        <link rel="stylesheet" href="assets/pack.css">
                        <a href="projects/P01.html">p</a> <a href="method.html#c01">m</a> <a href="#top">t</a>
                        <a href="https://example.org/x">ext</a> <a href="mailto:pmo@example.org">mail</a>
                        <a href="./method.html?x=1">q</a> <img src="assets/logo.png" alt=""><p id="top"></p>""",
                "projects/P01.html", "<a href=\"../index.html#top\">home</a> <a href=\"../projects/P01.html\">self</a>",
                "method.html", "<h2 id=\"c01\">c01</h2><a name=\"old\"></a><a href=\"#old\">old</a>",
                "assets/pack.css", "body{}",
                "assets/logo.png", "png");
        assertEquals(List.of(), checker.brokenLinks(site));
    }

    @Test
    void reportsMissingFilesMissingFragmentsAndLinksThatCannotWorkFromDisk() {
        RenderedSite site = site(
                "index.html", """
                        <a href="projects/P99.html">missing page</a>
                        <a href="method.html#c12">missing fragment</a>
                        <a href="#nowhere">missing fragment here</a>
                        <a href="/method.html">root-absolute</a>
                        <a href="../../outside.html">outside</a>
                        <script src="app.js"></script>
                        <img src="assets/missing.png" alt="">
                        <a href="javascript:alert(1)">js</a>""",
                "method.html", "<h2 id=\"c01\">c01</h2>",
                "projects/P01.html", "<link rel=\"stylesheet\" href=\"assets/pack.css\">");
        List<String> broken = checker.brokenLinks(site);
        assertEquals(9, broken.size(), String.join("\n", broken));
        String all = String.join("\n", broken);
        assertTrue(all.contains("index.html: a href=\"projects/P99.html\" resolves to projects/P99.html"), all);
        assertTrue(all.contains("#c12, which is not an id on method.html"), all);
        assertTrue(all.contains("#nowhere, which is not an id on index.html"), all);
        assertTrue(all.contains("root-absolute"), all);
        assertTrue(all.contains("points outside the site"), all);
        assertTrue(all.contains("script src=\"app.js\""), all);
        assertTrue(all.contains("img src=\"assets/missing.png\""), all);
        assertTrue(all.contains("unsupported scheme"), all);
        // resolved against the page's own folder: projects/assets/pack.css
        assertTrue(all.contains("projects/P01.html: link href=\"assets/pack.css\" resolves to projects/assets/pack.css"), all);
    }
    /**
     * A pack-shaped site of {@code projects} project pages, each linking to fragments on a large index page
     * (a row per project) and the method page; the project in the middle links to a fragment that is not there.
     */
    private static RenderedSite packShaped(int projects) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        StringBuilder index = new StringBuilder("<table>");
        for (int i = 0; i < projects; i++) {
            String id = "P" + i;
            // Named anchors, the older kind of target: the old checker looked for these only after the ids.
            index.append("<tr><td><a name=\"row-").append(id).append("\" href=\"projects/").append(id).append(".html\">")
                    .append(id).append("</a></td></tr>");
            String missing = i == projects / 2 ? "<a href=\"../index.html#row-gone\">gone</a>" : "";
            files.put("projects/" + id + ".html", ("<a href=\"../index.html#row-" + id + "\">rank</a>"
                    + "<a href=\"../method.html#score\">method</a>" + missing).getBytes(StandardCharsets.UTF_8));
        }
        files.put("index.html", index.append("</table>").toString().getBytes(StandardCharsets.UTF_8));
        files.put("method.html", "<h2 id=\"score\">Score</h2>".getBytes(StandardCharsets.UTF_8));
        return new RenderedSite(files);
    }

    private long bestMillis(RenderedSite site) {
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long t0 = System.nanoTime();
            checker.brokenLinks(site);
            best = Math.min(best, (System.nanoTime() - t0) / 1_000_000);
        }
        return best;
    }

    @Test
    void aBrokenFragmentAmongThousandsOfPagesIsFoundInTimeLinearInTheSite() {
        RenderedSite small = packShaped(1_000);
        RenderedSite large = packShaped(8_000);
        assertEquals(List.of("projects/P4000.html: a href=\"../index.html#row-gone\" names #row-gone, which is not an id on index.html"),
                checker.brokenLinks(large));
        bestMillis(small); // warm up
        long smallMillis = Math.max(bestMillis(small), 5);
        long largeMillis = bestMillis(large);
        // Eight times the pages: about eight times the time when linear, sixty-four when every fragment walks the index.
        assertTrue(largeMillis < 24 * smallMillis, "1,000 pages " + smallMillis + " ms, 8,000 pages " + largeMillis + " ms");
    }
}
