package org.sendpmo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.sendpmo.adapters.a11y.AxeBrowser;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.project.ProjectDirectory;

/**
 * The return form, served through the API Gateway v2 proxy test server, used in headless Chromium and
 * checked with axe-core for WCAG 2.2 A and AA: empty, and after a submission with errors.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormAccessibilityTest implements TestPropertyProvider {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    @Inject
    EmbeddedServer server;

    @Inject
    ProjectDirectory projects;

    @Inject
    org.sendpmo.kpi.KpiStore kpis;

    private AxeBrowser browser;

    @Override
    public Map<String, String> getProperties() {
        return ApiTestSupport.properties(S3, getClass());
    }

    @BeforeAll
    void start() {
        ApiTestSupport.ensureProjects(projects);
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
    void theEmptyFormHasNoViolations() {
        assertEquals(List.of(), browser.violations(server.getURL() + "/returns/new"));
    }

    @Test
    void theFormWithErrorsHasNoViolationsAndTheSummaryLinksMoveFocusToTheField() {
        browser.driver().get(server.getURL() + "/returns/new");
        browser.driver().findElement(By.cssSelector("form[action='/returns'] button[type=submit]")).click();
        // click() returns once the click is sent, not when the next page has loaded: wait for it.
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> d.getTitle().startsWith("Error: "));
        assertTrue(browser.driver().getTitle().startsWith("Error: "), browser.driver().getTitle());
        assertEquals(List.of(), browser.violationsOfCurrentPage());
        browser.driver().findElement(By.cssSelector(".govuk-error-summary__list a[href='#projectId']")).click();
        assertEquals("projectId", browser.driver().switchTo().activeElement().getAttribute("id"));
    }

    @Test
    void errorsOnTheNewFieldsHaveNoViolationsAndTheirLinksMoveFocusToTheField() {
        browser.driver().get(server.getURL() + "/returns/new?project=P01");
        browser.driver().findElement(By.id("percentComplete")).sendKeys("150");
        browser.driver().findElement(By.id("finance-shortTermSavings")).sendKeys("lots");
        browser.driver().findElement(By.id("kpiValues-0-value")).sendKeys("42.5");
        browser.driver().findElement(By.id("improvementAreas")).click();
        browser.driver().findElement(By.cssSelector("form[action='/returns'] button[type=submit]")).click();
        assertTrue(browser.driver().getTitle().startsWith("Error: "), browser.driver().getTitle());
        assertEquals(List.of(), browser.violationsOfCurrentPage());
        for (String id : List.of("percentComplete", "kpiValues-0-kpiId", "finance-shortTermSavings")) {
            browser.driver().findElement(By.cssSelector(".govuk-error-summary__list a[href='#" + id + "']")).click();
            assertEquals(id, browser.driver().switchTo().activeElement().getAttribute("id"));
        }
        assertTrue(browser.driver().findElement(By.id("improvementAreas")).isSelected(), "the ticked area stays ticked");
    }

    @Inject
    org.sendpmo.cycle.CycleService cycleService;

    @Test
    void theCyclePagesAndTheCycleFormWithErrorsHaveNoViolations() {
        cycleService.create(new org.sendpmo.cycle.CycleDraft("SIAB", "20/1/2027", "2026-12", "", ""),
                org.sendpmo.access.Actor.SYSTEM);
        for (String path : List.of("/office/cycles/new", "/office/cycles/siab-2027-01", "/office/cycles/siab-2027-01/edit")) {
            assertEquals(List.of(), browser.violations(server.getURL() + path), path);
        }
        browser.driver().get(server.getURL() + "/office/cycles/new");
        browser.driver().findElement(By.id("reportingMonth")).sendKeys("next month");
        browser.driver().findElement(By.cssSelector("form[action='/office/cycles'] button[type=submit]")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> d.getTitle().startsWith("Error: "));
        assertEquals(List.of(), browser.violationsOfCurrentPage());
        browser.driver().findElement(By.cssSelector(".govuk-error-summary__list a[href='#reportingMonth']")).click();
        assertEquals("reportingMonth", browser.driver().switchTo().activeElement().getAttribute("id"));
    }

    @Test
    void theSignInPageHasNoViolationsEmptyOrWithAnError() {
        browser.driver().manage().deleteAllCookies();
        try {
            assertEquals(List.of(), browser.violations(server.getURL() + "/sign-in"));
            browser.driver().findElement(By.id("username")).sendKeys("nobody");
            browser.driver().findElement(By.cssSelector("form[action='/sign-in'] button[type=submit]")).click();
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                    .until(d -> d.getTitle().startsWith("Error: "));
            assertEquals("nobody", browser.driver().findElement(By.id("username")).getAttribute("value"), "the username is kept");
            assertEquals(List.of(), browser.violationsOfCurrentPage());
        } finally {
            ApiTestSupport.signIn(browser.driver(), server.getURL().toString(), ApiTestSupport.OFFICE);
        }
    }

    @Test
    void theOfficePageAndStartPageHaveNoViolations() {
        assertEquals(List.of(), browser.violations(server.getURL() + "/office"));
        assertEquals(List.of(), browser.violations(server.getURL() + "/"));
    }
}
