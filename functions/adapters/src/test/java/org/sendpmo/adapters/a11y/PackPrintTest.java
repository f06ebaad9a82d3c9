package org.sendpmo.adapters.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.sendpmo.adapters.render.PackFixtures;
import org.sendpmo.adapters.render.RenderedInHeap;

/**
 * The print stylesheet in a real browser: the fixture pack opened from disk in headless Chromium with the
 * print media emulated (computed styles read back), and printed to PDF with the page's own page size.
 */
class PackPrintTest {

    @TempDir
    static Path folder;

    private static AxeBrowser browser;
    private static ChromeDriver chrome;

    @BeforeAll
    static void render() throws IOException {
        for (Map.Entry<String, byte[]> file : RenderedInHeap.of(PackFixtures.model()).files().entrySet()) {
            Path target = folder.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        browser = AxeBrowser.startOrSkip();
        chrome = (ChromeDriver) browser.driver();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private static void openForPrint(String page) {
        chrome.get(folder.resolve(page).toUri().toString());
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    }

    private static String style(String selector, String property) {
        return String.valueOf(((JavascriptExecutor) chrome).executeScript(
                "return getComputedStyle(document.querySelector(arguments[0])).getPropertyValue(arguments[1]);",
                selector, property));
    }

    @Test
    void navigationThatMakesNoSenseOnPaperIsHidden() {
        openForPrint("kpis.html");
        assertEquals("none", style(".govuk-service-navigation", "display"));
        assertEquals("none", style(".govuk-skip-link", "display"));
        assertEquals("none", style(".app-footer__links", "display"));
        assertTrue(style(".govuk-generic-header", "display").startsWith("block"), "the programme's name stays");
        openForPrint("method.html");
        assertEquals("none", style("nav.app-no-print", "display"), "the contents list is for the screen");
    }

    @Test
    void rowsChartsAndHeadingsKeepTogether() {
        openForPrint("risks.html");
        assertEquals("avoid", style("#heat-map-table tbody tr", "break-inside"));
        assertEquals("avoid", style("h2", "break-after"));
        assertEquals("table-header-group", style("#heat-map-table thead", "display"));
        assertEquals("exact", style(".app-heat", "print-color-adjust"));
        assertEquals("", String.valueOf(((JavascriptExecutor) chrome).executeScript(
                "return getComputedStyle(document.querySelector('#heat-map-table a'), '::after').content.replace('none', '');")),
                "no link target printed after a link inside the pack");
        openForPrint("kpis.html");
        assertEquals("avoid", style("figure.app-chart", "break-inside"));
    }

    @Test
    void chartDataClosedOnScreenIsOpenedOnPaper() {
        // checkVisibility() is false inside a closed details element (its content is content-visibility: hidden).
        String table = "return document.querySelector('#kpi-CK1-summary').closest('section').querySelector('details table')"
                + ".checkVisibility();";
        openForPrint("kpis.html");
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) chrome).executeScript(table), "open on paper");
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "screen"));
        assertEquals(Boolean.FALSE, ((JavascriptExecutor) chrome).executeScript(table), "closed on screen");
    }

    @Test
    void itPrintsOnA4() {
        chrome.get(folder.resolve("risks.html").toUri().toString());
        // Printing uses the print media itself; an emulated media left by another test would override it.
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        Map<String, Object> pdf = chrome.executeCdpCommand("Page.printToPDF", Map.of("preferCSSPageSize", true));
        String raw = new String(Base64.getDecoder().decode((String) pdf.get("data")), StandardCharsets.ISO_8859_1);
        Matcher box = Pattern.compile("/MediaBox\\s*\\[\\s*0 0 ([0-9.]+) ([0-9.]+)\\s*\\]").matcher(raw);
        assertTrue(box.find(), "the PDF has a media box");
        // A4 is 210 × 297 mm: 595.3 × 841.9 points
        assertEquals(595.3, Double.parseDouble(box.group(1)), 1.5);
        assertEquals(841.9, Double.parseDouble(box.group(2)), 1.5);
        long pages = Pattern.compile("/Type\\s*/Page[^s]").matcher(raw).results().count();
        assertTrue(pages >= 2 && pages <= 8, "risks page on a few A4 pages, not one per row: " + pages);
    }
}
