package org.sendpmo.pack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpooledFilesTest {

    @Test
    void keepsEachFileOnDiskAndGivesThemBackInPathOrder() {
        try (SpooledFiles files = SpooledFiles.inTemporaryFolder()) {
            files.add("projects/P02.html", utf8("two"));
            files.add("index.html", utf8("home"));
            files.add("projects/P01.html", utf8("one"));
            files.add("index.html", utf8("home, again"));

            assertEquals(List.of("index.html", "projects/P01.html", "projects/P02.html"), new ArrayList<>(files.keySet()));
            assertEquals(3, files.size());
            assertArrayEquals(utf8("home, again"), files.get("index.html"));
            assertNull(files.get("missing.html"));
            assertTrue(files.containsKey("projects/P01.html"));
            List<String> read = new ArrayList<>();
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                read.add(file.getKey() + "=" + new String(file.getValue(), StandardCharsets.UTF_8));
            }
            assertEquals(List.of("index.html=home, again", "projects/P01.html=one", "projects/P02.html=two"), read);
            assertThrows(UnsupportedOperationException.class, () -> files.put("x.html", utf8("x")));
        }
    }

    @Test
    void aSiteKeepsSpooledFilesWhereTheyAreAndClosingItDeletesThem() {
        SpooledFiles files = SpooledFiles.inTemporaryFolder();
        files.add("index.html", utf8("home"));
        files.add("about.html", utf8("about"));
        Path folder = files.folder();
        assertTrue(Files.isDirectory(folder));

        RenderedSite site = new RenderedSite(files);
        assertSame(files, site.files(), "not copied into the heap");
        assertEquals(2, site.pageCount());
        site.close();
        assertFalse(Files.exists(folder));
    }

    @Test
    void aSiteInTheHeapIsCopiedInPathOrderAndClosingItDoesNothing() {
        RenderedSite site = new RenderedSite(Map.of("b.html", utf8("b"), "a.html", utf8("a")));
        site.close();
        assertEquals(List.of("a.html", "b.html"), new ArrayList<>(site.files().keySet()));
        assertArrayEquals(utf8("a"), site.files().get("a.html"));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
