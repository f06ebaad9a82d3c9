package org.sendpmo.adapters.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sendpmo.adapters.render.LongPackFixtures;
import org.sendpmo.adapters.render.PackFixtures;
import org.sendpmo.adapters.render.RenderedInHeap;
import org.sendpmo.pack.RenderedSite;

/** The real pack pages, opened from disk in headless Chromium, checked with axe-core for WCAG 2.2 A and AA. */
class PackAccessibilityTest {

    /** The pack of a cycle with a previous one, so that the changes page has every kind of change. */
    private static final String WITH_PREVIOUS = "with-previous";

    /** A pack of 150 projects, each with a new RAG status, so that long tables continue on further pages. */
    private static final String LONG = "long";

    /** A pack of 150 projects, each with a risk outside appetite, so that the risks page's lists continue too. */
    private static final String LONG_RISKS = "long-risks";

    @TempDir
    static Path folder;

    private static AxeBrowser browser;

    @BeforeAll
    static void render() throws IOException {
        write(RenderedInHeap.of(PackFixtures.model()), folder);
        write(RenderedInHeap.of(PackFixtures.modelWithPreviousCycle()), folder.resolve(WITH_PREVIOUS));
        write(RenderedInHeap.of(LongPackFixtures.modelWithPreviousCycle(150)), folder.resolve(LONG));
        write(RenderedInHeap.of(LongPackFixtures.modelWithRiskPerProject(150)), folder.resolve(LONG_RISKS));
        browser = AxeBrowser.startOrSkip();
    }

    private static void write(RenderedSite site, Path to) throws IOException {
        for (Map.Entry<String, byte[]> file : site.files().entrySet()) {
            Path target = to.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "method.html", "returns.html", "changes.html", WITH_PREVIOUS + "/changes.html",
            WITH_PREVIOUS + "/index.html", WITH_PREVIOUS + "/kpis.html", "risks.html", "areas.html", "kpis.html", "accessibility.html", "projects/P01.html", "projects/P05.html", "projects/P06.html",
            LONG + "/index.html", LONG + "/index/ranked-table/2.html", LONG + "/returns/on-time-table/2.html", LONG + "/changes/rag-table/2.html",
            LONG_RISKS + "/risks.html", LONG_RISKS + "/risks/outside-appetite-table/2.html"})
    void hasNoWcag22AaViolations(String page) {
        List<String> violations = browser.violations(folder.resolve(page).toUri().toString());
        assertEquals(List.of(), violations, page);
    }

    /** The check can fail: a page with an unlabelled input and an image without alternative text. */
    @org.junit.jupiter.api.Test
    void aPageWithKnownFaultsIsReported() throws IOException {
        Path bad = folder.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html lang=\"en\"><head><title>Bad</title></head><body><main>"
                + "<img src=\"x.png\"><input type=\"text\"></main></body></html>");
        List<String> violations = browser.violations(bad.toUri().toString());
        assertEquals(List.of("image-alt", "label"), violations.stream().map(v -> v.substring(0, v.indexOf(' '))).sorted().toList());
    }
}
