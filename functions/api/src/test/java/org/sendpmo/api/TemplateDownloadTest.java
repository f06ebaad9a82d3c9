package org.sendpmo.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.adapters.sheets.ReturnSheet;
import org.sendpmo.adapters.sheets.SheetTemplates;

/** The templates download through the API Gateway v2 proxy handler intact (binary bodies included). */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TemplateDownloadTest extends ApiTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    @Override
    S3ProxyExtension s3() {
        return S3;
    }

    @Inject
    io.micronaut.context.ApplicationContext context;

    /**
     * Straight through the v2 handler: the workbook must come back base64-encoded, as API Gateway needs
     * binary bodies. (The proxy test server's HTTP bridge closes the connection on binary bodies, so this
     * test calls the handler with the event itself; the function is not closed, as it shares the test's context.)
     */
    @Test
    void theReturnsWorkbookArrivesWholeAndBase64Encoded() throws IOException {
        APIGatewayV2HTTPResponse response = ApiTestSupport.getThroughHandler(context, "/templates/returns.xlsx");
        assertEquals(200, response.getStatusCode());
        assertTrue(response.getIsBase64Encoded(), "binary bodies are base64 for API Gateway");
        byte[] body = java.util.Base64.getDecoder().decode(response.getBody());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            assertEquals("Project ID", workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
            assertTrue(workbook.getSheet("Notes") != null, "the notes sheet explains each column");
        }
    }

    @Test
    void theRiskRegisterCsvHasItsHeaderRowAndABom() {
        byte[] body = client.exchange(HttpRequest.GET("/templates/risk-register.csv"), byte[].class).body();
        assertEquals((byte) 0xEF, body[0], "UTF-8 BOM so Excel reads it as UTF-8");
        assertTrue(new String(body, StandardCharsets.UTF_8).contains("Current likelihood"), "the header row");
    }

    @Test
    void theCsvIsTheSameBytesTheGeneratorMakes() {
        byte[] body = client.exchange(HttpRequest.GET("/templates/returns.csv"), byte[].class).body();
        assertArrayEquals(SheetTemplates.csv(ReturnSheet.SCHEMA), body);
    }

    @Test
    void anUnknownTemplateIsANotFoundThatSaysWhatExists() {
        HttpClientResponseException e = org.junit.jupiter.api.Assertions.assertThrows(HttpClientResponseException.class,
                () -> client.exchange(HttpRequest.GET("/templates/budget.xlsx"), String.class));
        assertEquals(HttpStatus.NOT_FOUND, e.getStatus());
        assertTrue(e.getResponse().getBody(String.class).orElse("").contains("returns.xlsx"));
    }
}
