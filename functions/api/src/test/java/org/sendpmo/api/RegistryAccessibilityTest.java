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
 * The project registry's pages in headless Chromium, checked with axe-core for WCAG 2.2 A and AA: the list, the
 * empty form, a project's form, and the form sent back with errors, whose summary links move focus to the field.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryAccessibilityTest implements TestPropertyProvider {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    @Inject
    EmbeddedServer server;

    @Inject
    ProjectDirectory projects;

    private AxeBrowser browser;

    @Override
    public Map<String, String> getProperties() {
        return ApiTestSupport.properties(S3, getClass());
    }

    @BeforeAll
    void start() {
        ApiTestSupport.ensureProjects(projects);
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
    void theRegistryPagesHaveNoViolations() {
        for (String path : List.of("/office/projects", "/office/projects/new", "/office/projects/P01",
                "/office/reference/risk-appetite", "/office/reference/operational-groups",
                "/office/reference/criterion-descriptors", "/office/reference/boards")) {
            assertEquals(List.of(), browser.violations(server.getURL() + path), path);
        }
    }

    @Test
    void aReferenceListWithAnErrorHasNoViolationsAndItsLinkMovesFocusToTheField() {
        browser.driver().get(server.getURL() + "/office/reference/risk-appetite");
        browser.driver().findElement(By.id("value-DEMAND")).sendKeys("forty");
        browser.driver().findElement(By.cssSelector("form[action='/office/reference/risk-appetite'] button[type=submit]")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> d.getTitle().startsWith("Error: "));
        assertEquals(List.of(), browser.violationsOfCurrentPage());
        browser.driver().findElement(By.cssSelector(".govuk-error-summary__list a[href='#value-DEMAND']")).click();
        assertEquals("value-DEMAND", browser.driver().switchTo().activeElement().getAttribute("id"));
    }

    @Test
    void theFormWithErrorsHasNoViolationsAndTheSummaryLinksMoveFocusToTheField() {
        browser.driver().get(server.getURL() + "/office/projects/new");
        browser.driver().findElement(By.id("name")).sendKeys("Review of special schools");
        browser.driver().findElement(By.id("plannedEndDate")).sendKeys("31/2/2027");
        browser.driver().findElement(By.cssSelector("form[action='/office/projects'] button[type=submit]")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> d.getTitle().startsWith("Error: "));
        assertEquals(List.of(), browser.violationsOfCurrentPage());
        for (String id : List.of("name", "lead", "plannedEndDate")) {
            browser.driver().findElement(By.cssSelector(".govuk-error-summary__list a[href='#" + id + "']")).click();
            assertEquals(id, browser.driver().switchTo().activeElement().getAttribute("id"));
        }
        assertTrue(browser.driver().findElement(By.id("plannedEndDate")).getAttribute("value").equals("31/2/2027"));
    }
}
