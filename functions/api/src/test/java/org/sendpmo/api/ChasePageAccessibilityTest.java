package org.sendpmo.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.cycle.Board;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.cycle.CycleRepository;

/**
 * The outstanding-returns page in headless Chromium, checked with axe-core (WCAG 2.2 A and AA): as listed,
 * after a chase (the success banner), and with a refusal in the error summary.
 */
@MicronautTest(transactional = false)
class ChasePageAccessibilityTest extends BrowserAccessibilityTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    private static final BoardCycle CYCLE = new BoardCycle("stsb-2026-12", Board.STSB, "SEND Transformation Strategic Board",
            LocalDate.of(2026, 12, 14), YearMonth.of(2026, 11), LocalDate.of(2026, 12, 7));

    @Inject
    CycleRepository cycles;

    @Override
    S3ProxyExtension s3() {
        return S3;
    }

    @BeforeAll
    void saveTheCycle() {
        cycles.save(CYCLE);
    }

    @Test
    void theListTheBannerAfterAChaseAndARefusalHaveNoViolations() {
        String page = "/office/cycles/" + CYCLE.id() + "/returns";
        assertNoViolations(page);

        driver().findElement(By.cssSelector("#chase-P01 button[type=submit]")).click();
        waitUntil(d -> !d.findElements(By.cssSelector(".govuk-notification-banner--success")).isEmpty());
        assertNoViolationsOnThisPage();

        // P02 has no lead, so its row has no button: post P01's form for it, as a stale page might
        driver().get(url(page));
        script("document.querySelector(\"#chase-P01 input[name=projectId]\").value = 'P02'");
        driver().findElement(By.cssSelector("#chase-P01 button[type=submit]")).click();
        waitForThePageWithErrors();
        assertTrue(driver().findElement(By.cssSelector(".govuk-error-summary")).getText()
                .contains("Nobody is on record as leading P02"));
        assertNoViolationsOnThisPage();
    }
}
