package org.sendpmo.adapters.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.sendpmo.pack.BoardPack;
import org.sendpmo.pack.BoardPackRenderer;
import org.sendpmo.pack.RenderedSite;

/**
 * The board pack through openhtmltopdf: the key pages' HTML ({@link BoardPackHtml}) laid out on A4 with
 * the print styles, tagged for accessibility (PDF/UA: a structure tree from the HTML, the document's
 * language and title), Liberation Sans embedded. The creation date is the build time (to the minute, as
 * the pages show it) and the file id comes from the content, so the same pages give the same bytes.
 */
@Singleton
// Only where openhtmltopdf is: the api and ingest jars leave it out (README "Deploying", lean jars).
@Requires(classes = PdfRendererBuilder.class)
public class OpenHtmlBoardPackRenderer implements BoardPackRenderer {

    static final String FAMILY = "Liberation Sans";
    private static final String RESOURCES = "/org/sendpmo/pdf/";
    private static final byte[] REGULAR = resource(RESOURCES + "fonts/LiberationSans-Regular.ttf");
    private static final byte[] BOLD = resource(RESOURCES + "fonts/LiberationSans-Bold.ttf");
    private static final String CSS = new String(resource(RESOURCES + "board-pack.css"), StandardCharsets.UTF_8);

    static {
        com.openhtmltopdf.util.XRLog.setLoggerImpl(new Slf4jXrLogger());
        org.apache.pdfbox.pdmodel.font.FontMappers.set(new BundledFontMapper(REGULAR));
    }

    @Override
    public byte[] render(RenderedSite site, BoardPack pack) {
        Document html = BoardPackHtml.combine(site, pack, CSS);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.withProducer("SEND programme assurance");
        builder.useFont(() -> new ByteArrayInputStream(REGULAR), FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(BOLD), FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.withW3cDocument(new W3CDom().fromJsoup(html), "");
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer(); PDDocument pdf = renderer.createPDFKeepOpen()) {
            pdf.getDocumentInformation().setCreationDate(utc(pack));
            describeLinks(pdf.getDocumentCatalog().getStructureTreeRoot());
            // PDFBox makes the file identifier from this number (the time, when it is not set).
            pdf.setDocumentId(ByteBuffer.wrap(sha256(html.outerHtml())).getLong());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make the board pack PDF: " + e.getMessage(), e);
        }
    }

    /**
     * PDF/UA wants each link annotation's description in its /Contents; openhtmltopdf puts the link's
     * title (its text, see {@link BoardPackHtml}) only on the Link structure element, so it is copied.
     */
    private static void describeLinks(PDStructureNode node) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if (StandardStructureTypes.LINK.equals(element.getStructureType())) {
                    for (Object part : element.getKids()) {
                        if (part instanceof PDObjectReference reference
                                && reference.getReferencedObject() instanceof PDAnnotation annotation
                                && annotation.getContents() == null) {
                            annotation.setContents(element.getAlternateDescription());
                        }
                    }
                }
                describeLinks(element);
            }
        }
    }

    /** The build time to the minute, as the pages show it: builds in the same minute give the same bytes. */
    private static Calendar utc(BoardPack pack) {
        GregorianCalendar at = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        at.setTimeInMillis(pack.createdAt().truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toEpochMilli());
        return at;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = OpenHtmlBoardPackRenderer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + name, e);
        }
    }
}
