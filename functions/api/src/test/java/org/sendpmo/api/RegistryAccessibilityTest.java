package org.sendpmo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.sendpmo.adapters.s3.S3ProxyExtension;

/**
 * The project registry's pages in headless Chromium, checked with axe-core for WCAG 2.2 A and AA: the list, the
 * empty form, a project's form, and the form sent back with errors, whose summary links move focus to the field.
 */
@MicronautTest(transactional = false)
class RegistryAccessibilityTest extends BrowserAccessibilityTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    @Override
    S3ProxyExtension s3() {
        return S3;
    }

    @Test
    void theRegistryPagesHaveNoViolations() {
        assertNoViolations("/office/projects", "/office/projects/new", "/office/projects/P01",
                "/office/reference/risk-appetite", "/office/reference/operational-groups",
                "/office/reference/criterion-descriptors", "/office/reference/boards");
    }

    @Test
    void aReferenceListWithAnErrorHasNoViolationsAndItsLinkMovesFocusToTheField() {
        driver().get(url("/office/reference/risk-appetite"));
        driver().findElement(By.id("value-DEMAND")).sendKeys("forty");
        submit("/office/reference/risk-appetite");
        waitForThePageWithErrors();
        assertNoViolationsOnThisPage();
        assertErrorLinkFocuses("value-DEMAND");
    }

    @Test
    void theFormWithErrorsHasNoViolationsAndTheSummaryLinksMoveFocusToTheField() {
        driver().get(url("/office/projects/new"));
        driver().findElement(By.id("name")).sendKeys("Review of special schools");
        driver().findElement(By.id("plannedEndDate")).sendKeys("31/2/2027");
        submit("/office/projects");
        waitForThePageWithErrors();
        assertNoViolationsOnThisPage();
        for (String id : new String[] {"name", "lead", "plannedEndDate"}) {
            assertErrorLinkFocuses(id);
        }
        assertEquals("31/2/2027", driver().findElement(By.id("plannedEndDate")).getAttribute("value"), "the date is kept");
    }
}
