package org.sendpmo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.sendpmo.access.Actor;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.cycle.CycleDraft;
import org.sendpmo.cycle.CycleService;

/**
 * The return form, served through the API Gateway v2 proxy test server, used in headless Chromium and
 * checked with axe-core for WCAG 2.2 A and AA: empty, and after a submission with errors.
 */
@MicronautTest(transactional = false)
class FormAccessibilityTest extends BrowserAccessibilityTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    @Inject
    CycleService cycleService;

    @Override
    S3ProxyExtension s3() {
        return S3;
    }

    @Test
    void theEmptyFormHasNoViolations() {
        assertNoViolations("/returns/new");
    }

    @Test
    void theFormWithErrorsHasNoViolationsAndTheSummaryLinksMoveFocusToTheField() {
        driver().get(url("/returns/new"));
        submit("/returns");
        waitForThePageWithErrors();
        assertTrue(driver().getTitle().startsWith("Error: "), driver().getTitle());
        assertNoViolationsOnThisPage();
        assertErrorLinkFocuses("projectId");
    }

    @Test
    void errorsOnTheNewFieldsHaveNoViolationsAndTheirLinksMoveFocusToTheField() {
        driver().get(url("/returns/new?project=P01"));
        driver().findElement(By.id("percentComplete")).sendKeys("150");
        driver().findElement(By.id("finance-shortTermSavings")).sendKeys("lots");
        driver().findElement(By.id("kpiValues-0-value")).sendKeys("42.5");
        driver().findElement(By.id("improvementAreas")).click();
        submit("/returns");
        waitForThePageWithErrors();
        assertTrue(driver().getTitle().startsWith("Error: "), driver().getTitle());
        assertNoViolationsOnThisPage();
        for (String id : new String[] {"percentComplete", "kpiValues-0-kpiId", "finance-shortTermSavings"}) {
            assertErrorLinkFocuses(id);
        }
        assertTrue(driver().findElement(By.id("improvementAreas")).isSelected(), "the ticked area stays ticked");
    }

    @Test
    void theCyclePagesAndTheCycleFormWithErrorsHaveNoViolations() {
        cycleService.create(new CycleDraft("SIAB", "20/1/2027", "2026-12", "", ""), Actor.SYSTEM);
        assertNoViolations("/office/cycles/new", "/office/cycles/siab-2027-01", "/office/cycles/siab-2027-01/edit");
        driver().get(url("/office/cycles/new"));
        driver().findElement(By.id("reportingMonth")).sendKeys("next month");
        submit("/office/cycles");
        waitForThePageWithErrors();
        assertNoViolationsOnThisPage();
        assertErrorLinkFocuses("reportingMonth");
    }

    @Test
    void theSignInPageHasNoViolationsEmptyOrWithAnError() {
        driver().manage().deleteAllCookies();
        try {
            assertNoViolations("/sign-in");
            driver().findElement(By.id("username")).sendKeys("nobody");
            submit("/sign-in");
            waitForThePageWithErrors();
            assertEquals("nobody", driver().findElement(By.id("username")).getAttribute("value"), "the username is kept");
            assertNoViolationsOnThisPage();
        } finally {
            signIn();
        }
    }

    @Test
    void theOfficePageAndStartPageHaveNoViolations() {
        assertNoViolations("/office", "/");
    }
}
