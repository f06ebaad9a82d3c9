package org.sendpmo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sendpmo.adapters.a11y.AxeBrowser;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.cycle.Board;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.cycle.CycleRepository;
import org.sendpmo.project.ProjectDirectory;

/**
 * The outstanding-returns page in headless Chromium, checked with axe-core (WCAG 2.2 A and AA): as listed,
 * after a chase (the success banner), and with a refusal in the error summary.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChasePageAccessibilityTest implements TestPropertyProvider {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    private static final BoardCycle CYCLE = new BoardCycle("stsb-2026-12", Board.STSB, "SEND Transformation Strategic Board",
            LocalDate.of(2026, 12, 14), YearMonth.of(2026, 11), LocalDate.of(2026, 12, 7));

    @Inject
    EmbeddedServer server;

    @Inject
    ProjectDirectory projects;

    @Inject
    CycleRepository cycles;

    private AxeBrowser browser;

    @Override
    public Map<String, String> getProperties() {
        return ApiTestSupport.properties(S3, getClass());
    }

    @BeforeAll
    void start() {
        ApiTestSupport.ensureProjects(projects);
        cycles.save(CYCLE);
        browser = AxeBrowser.startOrSkip();
        ApiTestSupport.signIn(browser.driver(), server.getURL().toString(), ApiTestSupport.OFFICE);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theListTheBannerAfterAChaseAndARefusalHaveNoViolations() {
        String page = server.getURL() + "/office/cycles/" + CYCLE.id() + "/returns";
        assertEquals(List.of(), browser.violations(page));

        browser.driver().findElement(By.cssSelector("#chase-P01 button[type=submit]")).click();
        // the banner is in the DOM before the stylesheet has loaded: wait for the whole page, as axe measures layout
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector(".govuk-notification-banner--success")).isEmpty() && loaded());
        assertEquals(List.of(), browser.violationsOfCurrentPage());

        // P02 has no lead, so its row has no button: post P01's form for it, as a stale page might
        browser.driver().get(page);
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.querySelector(\"#chase-P01 input[name=projectId]\").value = 'P02'");
        browser.driver().findElement(By.cssSelector("#chase-P01 button[type=submit]")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.getTitle().startsWith("Error: ") && loaded());
        assertTrue(browser.driver().findElement(By.cssSelector(".govuk-error-summary")).getText()
                .contains("Nobody is on record as leading P02"));
        assertEquals(List.of(), browser.violationsOfCurrentPage());
    }

    private boolean loaded() {
        return "complete".equals(((JavascriptExecutor) browser.driver()).executeScript("return document.readyState"));
    }
}
