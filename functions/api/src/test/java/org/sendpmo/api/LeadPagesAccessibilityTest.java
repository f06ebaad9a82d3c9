package org.sendpmo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpResponse;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sendpmo.adapters.a11y.AxeBrowser;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.cycle.Board;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.cycle.CycleRepository;

/**
 * The lead's pages in headless Chromium, checked with axe-core (WCAG 2.2 A and AA) at a desktop width and at a
 * phone's (375 CSS pixels, an iPhone's), where no page may scroll sideways: my projects with a draft, the
 * pre-filled form, a resumed draft, the form with errors, the receipt, the history and one version.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeadPagesAccessibilityTest extends ApiTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final YearMonth MONTH = YearMonth.now(LONDON).minusMonths(1);
    private static final YearMonth DRAFT_MONTH = YearMonth.now(LONDON).minusMonths(3);

    @Inject
    EmbeddedServer server;

    @Inject
    CycleRepository cycles;

    private AxeBrowser browser;
    private final List<String> pages = new ArrayList<>();

    @Override
    S3ProxyExtension s3() {
        return S3;
    }

    @BeforeAll
    void start() {
        browser = AxeBrowser.startOrSkip();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    /** A cycle, last month's return of P01 (so this month's is pre-filled), a later version and a saved draft. */
    private void data() {
        if (!pages.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(LONDON);
        cycles.save(new BoardCycle("a11y-lead", Board.STSB, "SEND Transformation Strategic Board", today.plusDays(30), YearMonth.now(LONDON),
                today.plusDays(20)));
        identity.as(ApiTestSupport.LEAD);
        Map<String, String> form = ApiTestSupport.validForm("P01", MONTH.toString(), "Pilot running");
        ApiTestSupport.exchange(client, ApiTestSupport.postForm("/returns", form));
        form.put("progressCommentary", "Pilot running; a correction");
        HttpResponse<String> second = ApiTestSupport.exchange(client, ApiTestSupport.postForm("/returns", form));
        String receipt = second.header("Location");
        String key = receipt.substring(receipt.indexOf("key=") + 4);
        ApiTestSupport.exchange(client, ApiTestSupport.postForm("/returns/drafts",
                ApiTestSupport.validForm("P01", DRAFT_MONTH.toString(), "Half done")));
        pages.addAll(List.of("/my-projects", "/returns/new?project=P01", "/returns/new?project=P01&month=" + DRAFT_MONTH + "&saved=true",
                receipt, "/projects/P01/returns", "/returns/versions?key=" + key));
        ApiTestSupport.signIn(browser.driver(), server.getURL().toString(), ApiTestSupport.LEAD);
    }

    @Test
    void theLeadsPagesHaveNoViolationsAtDesktopWidth() {
        data();
        browser.driver().manage().window().setSize(new Dimension(1280, 1024));
        for (String page : pages) {
            assertEquals(List.of(), browser.violations(server.getURL() + page), page);
        }
    }

    @Test
    void theLeadsPagesHaveNoViolationsAndNoSidewaysScrollingOnAPhone() {
        data();
        browser.driver().manage().window().setSize(new Dimension(375, 812));
        try {
            browser.driver().get(server.getURL() + "/my-projects");
            long width = (Long) ((JavascriptExecutor) browser.driver()).executeScript("return document.documentElement.clientWidth;");
            assertTrue(width <= 375, "the page really is laid out at a phone's width: " + width);
            for (String page : pages) {
                assertEquals(List.of(), browser.violations(server.getURL() + page), page);
                assertTrue(fitsTheScreen(), page + " scrolls sideways at 375 pixels");
                screenshot(pages.indexOf(page), page);
            }
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 1024));
        }
    }

    @Test
    void aPrefilledFormSentWithoutItsCommentaryLinksTheErrorToTheFieldAtBothWidths() {
        data();
        for (Dimension size : List.of(new Dimension(1280, 1024), new Dimension(375, 812))) {
            browser.driver().manage().window().setSize(size);
            browser.driver().get(server.getURL() + "/returns/new?project=P01");
            assertEquals("Sam Lead", browser.driver().findElement(By.id("submittedBy")).getAttribute("value"), "pre-filled");
            browser.driver().findElement(By.cssSelector("form[action='/returns'] button[type=submit]")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.getTitle().startsWith("Error: "));
            assertEquals(List.of(), browser.violationsOfCurrentPage(), "at " + size);
            assertTrue(fitsTheScreen(), "the form with errors scrolls sideways at " + size);
            browser.driver().findElement(By.cssSelector(".govuk-error-summary__list a[href='#progressCommentary']")).click();
            assertEquals("progressCommentary", browser.driver().switchTo().activeElement().getAttribute("id"));
            assertEquals("Sam Lead", browser.driver().findElement(By.id("submittedBy")).getAttribute("value"), "values kept");
        }
        browser.driver().manage().window().setSize(new Dimension(1280, 1024));
    }

    /** With -Dscreenshots.dir=…, keeps what a phone shows of the page (the top of it), to look at. */
    private void screenshot(int index, String page) {
        String dir = System.getProperty("screenshots.dir");
        if (dir == null) {
            return;
        }
        String name = "lead-phone-" + index + page.replaceAll("\\?.*", "").replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "") + ".png";
        try {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of(dir));
            java.nio.file.Files.write(java.nio.file.Path.of(dir, name),
                    ((org.openqa.selenium.TakesScreenshot) browser.driver()).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private boolean fitsTheScreen() {
        Object fits = ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;");
        return Boolean.TRUE.equals(fits);
    }
}
