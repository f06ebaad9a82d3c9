package org.sendpmo.adapters.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

/**
 * {@link CsvRows} splits text exactly as Commons CSV does: the same records, numbers and cells, and the
 * same error, on generated text (seeded, so a failure repeats).
 */
class SheetCsvSplitTest {

    /** The records, or the error, as one comparable string per record. */
    private static List<String> split(String text, boolean commonsOnly, boolean[] byHand) {
        List<String> out = new ArrayList<>();
        SheetParser.RowSink sink = (number, cells) -> out.add(number + ":" + cells.size() + ":" + String.join("\u0001", cells));
        try {
            if (commonsOnly) {
                CsvRows.commonsCsv(text, 0, sink);
            } else {
                byHand[0] = CsvRows.read(text, sink);
            }
        } catch (IOException | UncheckedIOException e) {
            out.add("error: " + e.getMessage());
        }
        return out;
    }

    private static void assertSameSplit(String text, boolean[] byHand) {
        assertEquals(split(text, true, null), split(text, false, byHand), () -> "for " + text.replace("\r", "\\r").replace("\n", "\\n"));
    }

    @Test
    void anyTextSplitsAsCommonsCsvSplitsIt() {
        Random random = new Random(20251124);
        char[] alphabet = {'a', 'b', ',', ',', '"', '"', '\r', '\n', '\n', ' ', 'é', '\t'};
        int byHandCount = 0;
        boolean[] byHand = new boolean[1];
        for (int i = 0; i < 50_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int n = random.nextInt(24); n > 0; n--) {
                s.append(alphabet[random.nextInt(alphabet.length)]);
            }
            assertSameSplit(s.toString(), byHand);
            byHandCount += byHand[0] ? 1 : 0;
        }
        assertTrue(byHandCount > 5_000, "the generated text reaches the hand-written path often: " + byHandCount);
    }

    @Test
    void filesAsExcelWritesThemAreSplitByHand() throws IOException {
        Random random = new Random(7);
        String[] pieces = {"", "a", "Head of SEND", "£1,250,000", "\"quoted\"", "line\r\nbreak", "lf\nonly", " spaced ", ",", "\"\"", "é—“”"};
        for (int i = 0; i < 5_000; i++) {
            StringWriter w = new StringWriter();
            try (CSVPrinter p = new CSVPrinter(w, random.nextBoolean() ? CSVFormat.EXCEL : CSVFormat.EXCEL.builder().setRecordSeparator("\n").get())) {
                for (int r = random.nextInt(4); r >= 0; r--) {
                    List<String> cells = new ArrayList<>();
                    for (int c = random.nextInt(5); c >= 0; c--) {
                        cells.add(pieces[random.nextInt(pieces.length)] + pieces[random.nextInt(pieces.length)]);
                    }
                    p.printRecord(cells);
                }
            }
            String text = random.nextBoolean() ? w.toString() : w.toString().stripTrailing();
            boolean[] byHand = new boolean[1];
            assertSameSplit(text, byHand);
            assertTrue(byHand[0], () -> "split by hand: " + text);
        }
    }

    @Test
    void utf8IsDecodedAsTheStrictDecoderDecodesIt() {
        String withReplacementCharacter = "Title\r\nA real \uFFFD in a cell\r\n";
        byte[] utf8 = withReplacementCharacter.getBytes(StandardCharsets.UTF_8);
        assertEquals(withReplacementCharacter, SheetParser.decode(utf8));
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        assertEquals(withReplacementCharacter, SheetParser.decode(bom));
        byte[] pound = "£5".getBytes(SheetParser.WINDOWS_1252);
        assertEquals("£5", SheetParser.decode(pound), "not UTF-8, no byte-order mark: Windows-1252");
        bom[bom.length - 4] = (byte) 0xA3;
        assertThrows(RejectedFile.class, () -> SheetParser.decode(bom), "a byte-order mark, then bytes that are not UTF-8");
    }

    @Test
    void aRecordTheHandWrittenPathLeavesIsReadOnByCommonsCsvKeepingNumbersAndItsErrors() {
        boolean[] byHand = new boolean[1];
        for (String text : List.of("a,b\r\nc,d\r\ne,\"f\" \r\ng,h\r\n", "a\nb\"c\nd\n", "a\nb\n\"unclosed\nc\n", "x\n\n\"a\"b,c\n")) {
            assertSameSplit(text, byHand);
            assertEquals(false, byHand[0], text);
        }
    }
}
