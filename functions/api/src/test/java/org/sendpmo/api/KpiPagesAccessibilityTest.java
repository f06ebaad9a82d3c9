package org.sendpmo.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.sendpmo.adapters.s3.S3ProxyExtension;

/**
 * The programme office's KPI pages in headless Chromium, checked with axe-core (WCAG 2.2 A and AA): the list, the
 * form to add a KPI, the form sent back with problems in the error summary and on the fields, and the edit form.
 */
@MicronautTest(transactional = false)
class KpiPagesAccessibilityTest extends BrowserAccessibilityTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    @Override
    S3ProxyExtension s3() {
        return S3;
    }

    @Test
    void theListTheFormItsProblemsAndTheEditFormHaveNoViolations() {
        assertNoViolations("/office/kpis", "/office/kpis/new");

        driver().findElement(By.id("id")).sendKeys("K21");
        driver().findElement(By.id("target12Months")).sendKeys("150");
        submit("/office/kpis");
        waitForThePageWithErrors();
        assertTrue(driver().findElement(By.cssSelector(".govuk-error-summary")).getText()
                .contains("There is already a KPI K21"));
        assertNoViolationsOnThisPage();

        assertNoViolations("/office/kpis/K21");
    }
}
