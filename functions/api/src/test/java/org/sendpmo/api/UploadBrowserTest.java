package org.sendpmo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.adapters.sheets.SheetFixtures;
import org.sendpmo.returns.ReturnLedger;

/**
 * The upload page in headless Chromium with its script: the browser hashes the file, PUTs it
 * cross-origin to the real S3Proxy with the presigned URL, and lands on the result page, which
 * updates itself once the file is read. Every page state is checked with axe-core (WCAG 2.2 A, AA).
 */
@MicronautTest(transactional = false)
class UploadBrowserTest extends BrowserAccessibilityTest {

    /** Reading the file and its rows can take longer than a page load on a busy machine. */
    private static final Duration UPLOAD_WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    static final S3ProxyExtension S3 = S3ProxyExtension.allowingBrowserPuts();

    @Inject
    ReturnLedger ledger;

    @TempDir
    Path files;

    @Override
    S3ProxyExtension s3() {
        return S3;
    }

    /** The plain form post takes files up to 16 bytes here, so an accepted file proves the script's path was taken. */
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(super.getProperties());
        p.put("assurance.uploads.form-max-bytes", "16");
        return p;
    }

    @Test
    void theUploadPageHasNoViolationsEmptyOrWithAnError() {
        assertNoViolations("/uploads/new");
        driver().findElement(By.cssSelector("#upload-form button[type=submit]")).click();
        waitForThePageWithErrors();
        assertTrue(driver().getPageSource().contains("Choose a file to upload"));
        assertNoViolationsOnThisPage();
    }

    @Test
    void theScriptSendsTheFileStraightToStorageAndShowsTheResult() throws IOException {
        String month = YearMonth.now().minusMonths(1).toString();
        Path file = files.resolve("returns.csv");
        Files.write(file, SheetFixtures.returnsCsv(List.of(SheetFixtures.returnRow("P01", month), SheetFixtures.returnRow("P02", month))));

        String title = upload(file);

        assertEquals("File accepted – SEND Transformation Programme", title);
        assertTrue(driver().getPageSource().contains("2 rows accepted"));
        assertNoViolationsOnThisPage();
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
        assertTrue(driver().findElement(By.cssSelector("table")).getText().contains("<script>alert(1)</script>"),
                "the cell's text is shown as text");
        assertNoViolationsOnThisPage();
    }

    private String upload(Path file) {
        driver().get(url("/uploads/new"));
        driver().findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        driver().findElement(By.cssSelector("#upload-form button[type=submit]")).click();
        new WebDriverWait(driver(), UPLOAD_WAIT).until(d -> {
            String t = d.getTitle();
            return t.startsWith("File ") ? t : null;
        });
        return driver().getTitle();
    }
}
