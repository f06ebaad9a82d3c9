package org.sendpmo.local.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.sendpmo.adapters.a11y.AxeBrowser;
import org.sendpmo.adapters.build.InMemoryBuildLedger;
import org.sendpmo.adapters.build.InMemoryStandingsArchive;
import org.sendpmo.adapters.pack.FolderPackPublisher;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.local.demo.DemoCycles;
import org.sendpmo.local.demo.DemoProjects;
import org.sendpmo.pack.BuildStatus;
import org.sendpmo.pack.PackBuild;

/**
 * Screenshots of the demo pack's cycle home, a project page and the risks page, taken in headless Chromium
 * (skipped, saying why, where it is not installed) from the pack as published into a folder, at a fixed
 * viewport the width and shape of an A4 page at 150 dpi. Each PNG goes to {@code target/screenshots}; with
 * {@code -Dscreenshots.dir=DIR} (an absolute path) also to DIR, which is how {@code docs/screenshots} is made:
 * <pre>./mvnw -B test -pl functions/local -am -Dtest=PackScreenshotTest -Dsurefire.failIfNoSpecifiedTests=false -Dscreenshots.dir=$PWD/docs/screenshots</pre>
 */
class PackScreenshotTest {

    /** A4 at 150 dpi, in CSS pixels at a device scale of 1: wide enough for the desktop layout. */
    static final int WIDTH = 1240;
    static final int HEIGHT = 1754;

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    @TempDir
    static Path folder;

    private static Path build;
    private static AxeBrowser browser;

    @BeforeAll
    static void publishTheDemoPackAndStartTheBrowser() {
        try (DemoPackFixture demo = new DemoPackFixture(S3, "pack-screenshots")) {
            PackBuild built = demo.service(new FolderPackPublisher(folder), new InMemoryBuildLedger(), new InMemoryStandingsArchive(),
                    Clock.fixed(Instant.parse("2026-11-12T09:00:00Z"), ZoneOffset.UTC)).buildNow(DemoPackFixture.CYCLE).orElseThrow();
            assertEquals(BuildStatus.SUCCEEDED, built.status(), built.message());
            build = folder.resolve("cycles").resolve(DemoPackFixture.CYCLE).resolve(built.id());
        }
        browser = AxeBrowser.startOrSkip();
        // The window size flag leaves the viewport to the browser; this fixes the viewport itself.
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", WIDTH, "height", HEIGHT, "deviceScaleFactor", 1, "mobile", false));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void cycleHome() throws IOException {
        String h1 = screenshot("index.html", "cycle-home.png");
        assertTrue(h1.startsWith(DemoCycles.BOARD.title() + ": "), h1);
    }

    @Test
    void projectPage() throws IOException {
        assertEquals(DemoProjects.all().get(2).name(), screenshot("projects/P03.html", "project-page.png"));
    }

    @Test
    void risks() throws IOException {
        assertEquals("Risks and issues", screenshot("risks.html", "risks.png"));
    }

    /** Opens the page, saves the viewport as a PNG after checking it is a real picture of it, and returns its h1. */
    private static String screenshot(String page, String name) throws IOException {
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        chrome.get(build.resolve(page).toUri().toString());
        byte[] png = chrome.getScreenshotAs(OutputType.BYTES);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(WIDTH, image.getWidth(), name);
        assertEquals(HEIGHT, image.getHeight(), name);
        assertTrue(distinctColours(image) > 50, name + " is a picture of a page, not a blank or single-colour image");
        assertTrue(inkFraction(image) > 0.03, name + " has text and rules on it, not just the page's background");
        save(png, Path.of("target", "screenshots", name));
        String dir = System.getProperty("screenshots.dir");
        if (dir != null && !dir.isBlank()) {
            save(png, Path.of(dir, name));
        }
        return chrome.findElement(By.tagName("h1")).getText();
    }

    private static void save(byte[] png, Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.write(target, png);
    }

    /** Distinct colours in a 4-pixel grid: text anti-aliasing and the RAG tags give a page hundreds. */
    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return colours.size();
    }

    /** The share of pixels that are not the page's background (its most common colour). */
    private static double inkFraction(BufferedImage image) {
        Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                counts.merge(image.getRGB(x, y) & 0xFFFFFF, 1, Integer::sum);
            }
        }
        long background = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return 1 - (double) background / ((long) image.getWidth() * image.getHeight());
    }
}
