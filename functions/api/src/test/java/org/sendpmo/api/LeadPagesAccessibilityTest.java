package org.sendpmo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.cycle.Board;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.cycle.CycleRepository;
import org.sendpmo.cycle.ProgrammeTime;

/**
 * The lead's pages in headless Chromium, checked with axe-core (WCAG 2.2 A and AA) at a desktop width and at a
 * phone's (375 CSS pixels, an iPhone's), where no page may scroll sideways: my projects with a draft, the
 * pre-filled form, a resumed draft, the form with errors, the receipt, the history and one version.
 */
@MicronautTest(transactional = false)
class LeadPagesAccessibilityTest extends BrowserAccessibilityTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    private static final YearMonth MONTH = YearMonth.now(ProgrammeTime.ZONE).minusMonths(1);
    private static final YearMonth DRAFT_MONTH = YearMonth.now(ProgrammeTime.ZONE).minusMonths(3);

    @Inject
    CycleRepository cycles;

    private final List<String> pages = new ArrayList<>();

    @Override
    S3ProxyExtension s3() {
        return S3;
    }

    @Override
    String signedInAs() {
        return ApiTestSupport.LEAD;
    }

    /** A cycle, last month's return of P01 (so this month's is pre-filled), a later version and a saved draft. */
    private void data() {
        if (!pages.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(ProgrammeTime.ZONE);
        cycles.save(new BoardCycle("a11y-lead", Board.STSB, "SEND Transformation Strategic Board", today.plusDays(30), YearMonth.now(ProgrammeTime.ZONE),
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
    }

    @Test
    void theLeadsPagesHaveNoViolationsAtDesktopWidth() {
        data();
        driver().manage().window().setSize(new Dimension(1280, 1024));
        assertNoViolations(pages.toArray(String[]::new));
    }

    @Test
    void theLeadsPagesHaveNoViolationsAndNoSidewaysScrollingOnAPhone() {
        data();
        driver().manage().window().setSize(new Dimension(375, 812));
        try {
            driver().get(url("/my-projects"));
            long width = (Long) script("return document.documentElement.clientWidth;");
            assertTrue(width <= 375, "the page really is laid out at a phone's width: " + width);
            for (String page : pages) {
                assertNoViolations(page);
                assertTrue(fitsTheScreen(), page + " scrolls sideways at 375 pixels");
                screenshot(pages.indexOf(page), page);
            }
        } finally {
            driver().manage().window().setSize(new Dimension(1280, 1024));
        }
    }

    @Test
    void aPrefilledFormSentWithoutItsCommentaryLinksTheErrorToTheFieldAtBothWidths() {
        data();
        for (Dimension size : List.of(new Dimension(1280, 1024), new Dimension(375, 812))) {
            driver().manage().window().setSize(size);
            driver().get(url("/returns/new?project=P01"));
            assertEquals("Sam Lead", driver().findElement(By.id("submittedBy")).getAttribute("value"), "pre-filled");
            submit("/returns");
            waitForThePageWithErrors();
            assertEquals(List.of(), browser.violationsOfCurrentPage(), "at " + size);
            assertTrue(fitsTheScreen(), "the form with errors scrolls sideways at " + size);
            assertErrorLinkFocuses("progressCommentary");
            assertEquals("Sam Lead", driver().findElement(By.id("submittedBy")).getAttribute("value"), "values kept");
        }
        driver().manage().window().setSize(new Dimension(1280, 1024));
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
                    ((org.openqa.selenium.TakesScreenshot) driver()).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private boolean fitsTheScreen() {
        Object fits = script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth;");
        return Boolean.TRUE.equals(fits);
    }
}
