package org.sendpmo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
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
import org.sendpmo.kpi.KpiStore;

/**
 * The programme office's KPI pages in headless Chromium, checked with axe-core (WCAG 2.2 A and AA): the list, the
 * form to add a KPI, the form sent back with problems in the error summary and on the fields, and the edit form.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KpiPagesAccessibilityTest implements TestPropertyProvider {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    @Inject
    EmbeddedServer server;

    @Inject
    KpiStore kpis;

    private AxeBrowser browser;

    @Override
    public Map<String, String> getProperties() {
        return ApiTestSupport.properties(S3, getClass());
    }

    @BeforeAll
    void start() {
        ApiTestSupport.ensureKpis(kpis);
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
    void theListTheFormItsProblemsAndTheEditFormHaveNoViolations() {
        assertEquals(List.of(), browser.violations(server.getURL() + "/office/kpis"));
        assertEquals(List.of(), browser.violations(server.getURL() + "/office/kpis/new"));

        browser.driver().findElement(By.id("id")).sendKeys("K21");
        browser.driver().findElement(By.id("target12Months")).sendKeys("150");
        browser.driver().findElement(By.cssSelector("form[action='/office/kpis'] button[type=submit]")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.getTitle().startsWith("Error: ") && loaded());
        assertTrue(browser.driver().findElement(By.cssSelector(".govuk-error-summary")).getText()
                .contains("There is already a KPI K21"));
        assertEquals(List.of(), browser.violationsOfCurrentPage());

        assertEquals(List.of(), browser.violations(server.getURL() + "/office/kpis/K21"));
    }

    private boolean loaded() {
        return "complete".equals(((JavascriptExecutor) browser.driver()).executeScript("return document.readyState"));
    }
}
