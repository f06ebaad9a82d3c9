package org.sendpmo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sendpmo.adapters.a11y.AxeBrowser;

/**
 * What every api accessibility test shares: the api on its embedded server (with the H2, S3Proxy, projects and
 * KPIs of {@link ApiTest}), a headless Chromium signed in through the real sign-in page, and axe-core's WCAG 2.2
 * A and AA checks ({@link AxeBrowser}). The browser is started once a class; where Chromium is not installed
 * every test of the class is skipped, saying why. Subclasses keep their own pages and assertions, and are
 * annotated {@code @MicronautTest(transactional = false)} themselves, as {@link ApiTest}'s subclasses are.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserAccessibilityTest extends ApiTest {

    private static final Duration PAGE_WAIT = Duration.ofSeconds(10);

    @Inject
    EmbeddedServer server;

    AxeBrowser browser;

    /** Who the browser signs in as; the programme office unless a test looks at someone else's pages. */
    String signedInAs() {
        return ApiTestSupport.OFFICE;
    }

    @BeforeAll
    void startTheBrowserAndSignIn() {
        browser = AxeBrowser.startOrSkip();
        signIn();
    }

    @AfterAll
    void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    void signIn() {
        ApiTestSupport.signIn(driver(), server.getURL().toString(), signedInAs());
    }

    WebDriver driver() {
        return browser.driver();
    }

    String url(String path) {
        return server.getURL() + path;
    }

    /** Loads each page and asserts axe finds nothing; a failure names the page. */
    void assertNoViolations(String... paths) {
        for (String path : paths) {
            assertEquals(List.of(), browser.violations(url(path)), path);
        }
    }

    void assertNoViolationsOnThisPage() {
        assertEquals(List.of(), browser.violationsOfCurrentPage());
    }

    /** Clicks the submit button of the form that posts to the action (every page also has a sign-out form). */
    void submit(String formAction) {
        driver().findElement(By.cssSelector("form[action='" + formAction + "'] button[type=submit]")).click();
    }

    /**
     * click() returns once the click is sent, not when the next page has loaded; and axe measures layout, so
     * the stylesheet must have loaded too: wait for the page the form was sent back on, whole.
     */
    void waitForThePageWithErrors() {
        waitUntil(d -> d.getTitle().startsWith("Error: "));
    }

    /** Waits until the condition holds and the document has loaded (axe measures layout). */
    void waitUntil(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver(), PAGE_WAIT).until(d -> condition.apply(d) && loaded());
    }

    /** Clicks the error summary's link to the field and asserts it moves focus there. */
    void assertErrorLinkFocuses(String fieldId) {
        driver().findElement(By.cssSelector(".govuk-error-summary__list a[href='#" + fieldId + "']")).click();
        assertEquals(fieldId, driver().switchTo().activeElement().getAttribute("id"));
    }

    Object script(String javascript) {
        return ((JavascriptExecutor) driver()).executeScript(javascript);
    }

    private boolean loaded() {
        return "complete".equals(script("return document.readyState"));
    }
}
