package org.sendpmo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sendpmo.adapters.a11y.AxeBrowser;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.adapters.sheets.SheetFixtures;
import org.sendpmo.project.ProjectDirectory;
import org.sendpmo.returns.ReturnLedger;

/**
 * The upload page in headless Chromium with its script: the browser hashes the file, PUTs it
 * cross-origin to the real S3Proxy with the presigned URL, and lands on the result page, which
 * updates itself once the file is read. Every page state is checked with axe-core (WCAG 2.2 A, AA).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UploadBrowserTest implements TestPropertyProvider {

    @RegisterExtension
    static final S3ProxyExtension S3 = S3ProxyExtension.allowingBrowserPuts();

    @Inject
    EmbeddedServer server;

    @Inject
    ProjectDirectory projects;

    @Inject
    ReturnLedger ledger;

    @Inject
    org.sendpmo.kpi.KpiStore kpis;

    private AxeBrowser browser;
    private Path files;

    /** The plain form post takes files up to 16 bytes here, so an accepted file proves the script's path was taken. */
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new java.util.HashMap<>(ApiTestSupport.properties(S3, getClass()));
        p.put("assurance.uploads.form-max-bytes", "16");
        return p;
    }

    @BeforeAll
    void start() throws IOException {
        ApiTestSupport.ensureProjects(projects);
        ApiTestSupport.ensureKpis(kpis);
        browser = AxeBrowser.startOrSkip();
        ApiTestSupport.signIn(browser.driver(), server.getURL().toString(), ApiTestSupport.OFFICE);
        files = Files.createTempDirectory("uploads-");
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theUploadPageHasNoViolationsEmptyOrWithAnError() {
        assertEquals(List.of(), browser.violations(server.getURL() + "/uploads/new"));
        browser.driver().findElement(By.cssSelector("#upload-form button[type=submit]")).click();
        // the click returns before the answer has loaded: wait for it
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.getTitle().startsWith("Error: "));
        assertTrue(browser.driver().getPageSource().contains("Choose a file to upload"));
        assertEquals(List.of(), browser.violationsOfCurrentPage());
    }

    @Test
    void theScriptSendsTheFileStraightToStorageAndShowsTheResult() throws IOException {
        String month = YearMonth.now().minusMonths(1).toString();
        Path file = files.resolve("returns.csv");
        Files.write(file, SheetFixtures.returnsCsv(List.of(SheetFixtures.returnRow("P01", month), SheetFixtures.returnRow("P02", month))));

        String title = upload(file);

        assertEquals("File accepted – SEND Transformation Programme", title);
        assertTrue(browser.driver().getPageSource().contains("2 rows accepted"));
        assertEquals(List.of(), browser.violationsOfCurrentPage());
        assertTrue(ledger.history("P02").stream().anyMatch(r -> r.content().reportingMonth().toString().equals(month)));
    }

    @Test
    void aRejectedFileShowsEveryProblemAccessibly() throws IOException {
        Map<String, Object> row = SheetFixtures.returnRow("P01", YearMonth.now().minusMonths(2).toString());
        row.put("Overall RAG", "<script>alert(1)</script>");
        Path file = files.resolve("bad.csv");
        Files.write(file, SheetFixtures.returnsCsv(List.of(row)));

        String title = upload(file);

        assertTrue(title.startsWith("File not accepted: 1 problem"), title);
        assertTrue(browser.driver().findElement(By.cssSelector("table")).getText().contains("<script>alert(1)</script>"),
                "the cell's text is shown as text");
        assertEquals(List.of(), browser.violationsOfCurrentPage());
    }

    private String upload(Path file) {
        browser.driver().get(server.getURL() + "/uploads/new");
        browser.driver().findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.driver().findElement(By.cssSelector("#upload-form button[type=submit]")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> {
            String t = d.getTitle();
            return t.startsWith("File ") ? t : null;
        });
        return browser.driver().getTitle();
    }
}
