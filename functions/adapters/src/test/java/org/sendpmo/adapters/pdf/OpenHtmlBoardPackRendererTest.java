package org.sendpmo.adapters.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sendpmo.adapters.render.PackFixtures;
import org.sendpmo.adapters.render.RenderedInHeap;
import org.sendpmo.pack.BoardPack;
import org.sendpmo.pack.PackModel;
import org.sendpmo.pack.RenderedSite;

/** The board pack made from the real templates' pages, read back with PDFBox. */
class OpenHtmlBoardPackRendererTest {

    private static final PackModel MODEL = PackFixtures.model();
    private static final RenderedSite PAGES = RenderedInHeap.of(MODEL);
    private static final BoardPack PACK = BoardPack.of(MODEL);
    private static final byte[] PDF = new OpenHtmlBoardPackRenderer().render(PAGES, PACK);

    @Test
    void theTextHoldsTheRankingInOrderAndTheRisks() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PDF)) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            List<String> ranked = MODEL.ranked().stream().map(r -> r.project().name()).toList();
            assertTrue(ranked.size() >= 2, "the fixture ranks projects: " + ranked);
            int at = text.indexOf("Projects ranked by priority score");
            assertTrue(at >= 0, "the ranking's heading");
            for (String name : ranked) {
                int next = text.indexOf(name, at);
                assertTrue(next > at, name + " after the one ranked above it, in: " + text.substring(at, Math.min(text.length(), at + 600)));
                at = next;
            }
            assertTrue(text.contains("Heat map of current ratings"), "the risks page follows");
            assertFalse(text.contains("board-pack.pdf"), "the PDF does not say where to find itself");
            assertTrue(text.contains("Page 1 of " + pdf.getNumberOfPages()), "numbered pages");
            assertTrue(pdf.getNumberOfPages() >= 2, "the home page and the risks page each start a page");
        }
    }

    @Test
    void theDocumentIsTaggedWithItsLanguageAndTitleAndEmbedsEveryFont() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PDF)) {
            PDDocumentCatalog catalog = pdf.getDocumentCatalog();
            assertNotNull(catalog.getStructureTreeRoot(), "a structure tree");
            assertTrue(catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked(), "marked content");
            assertEquals("en", catalog.getLanguage());
            assertEquals(PACK.title(), pdf.getDocumentInformation().getTitle());
            assertTrue(catalog.getViewerPreferences().displayDocTitle(), "viewers show the title, not the file name");
            String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("pdfuaid:part>1<") || xmp.contains("pdfuaid:part=\"1\""), xmp);
            assertEquals(MODEL.generatedAt().truncatedTo(java.time.temporal.ChronoUnit.MINUTES),
                    pdf.getDocumentInformation().getCreationDate().toInstant(), "created at the build time, to the minute");

            List<String> types = new ArrayList<>();
            collectTypes(catalog.getStructureTreeRoot(), types);
            for (String expected : List.of("H1", "H2", "Table", "TH", "TD", "L", "LI", "Link")) {
                assertTrue(types.contains(expected), expected + " in " + types.stream().distinct().toList());
            }
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                    assertTrue(font.getName().endsWith("LiberationSans") || font.getName().endsWith("LiberationSans-Bold"),
                            font.getName());
                }
            }
        }
    }

    @Test
    void linksBetweenItsPagesStayInsideThePdfAndNoneLeadsToAPageItDoesNotHold() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PDF)) {
            int internal = 0;
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link) {
                        assertFalse(link.getContents() == null || link.getContents().isBlank(), "PDF/UA: every link has a description");
                        if (link.getAction() instanceof PDActionURI uri) {
                            assertTrue(uri.getURI().startsWith("http"), "an outside link only: " + uri.getURI());
                        } else {
                            internal++;
                        }
                    }
                }
            }
            assertTrue(internal > 5, "links to the risks page and its sections: " + internal);
            assertFalse(pdf.getDocumentCatalog().getDocumentOutline() == null, "bookmarks for the pages and sections");
        }
    }

    @Test
    void theSamePagesGiveTheSameBytes() {
        assertArrayEquals(PDF, new OpenHtmlBoardPackRenderer().render(PAGES, PACK));
    }

    private static void collectTypes(PDStructureNode node, List<String> types) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                types.add(element.getStructureType());
                collectTypes(element, types);
            }
        }
    }
}
