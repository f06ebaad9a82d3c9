package org.sendpmo.adapters.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendpmo.adapters.pack.FolderPackPublisher;
import org.sendpmo.adapters.render.JsoupLinkChecker;
import org.sendpmo.adapters.render.PackFixtures;
import org.sendpmo.adapters.render.RenderedInHeap;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.cycle.CycleRepository;
import org.sendpmo.pack.BoardPack;
import org.sendpmo.pack.BoardPackSignOff;
import org.sendpmo.pack.BuildManifest;
import org.sendpmo.pack.PublishPlan;
import org.sendpmo.pack.RenderedSite;

/**
 * The PDF board pack made at sign-off from a build as written (in a folder with the bucket's layout, the real
 * templates and the real PDF renderer): builds make none, and the pages say where it will be.
 */
class BoardPackSignOffTest {

    private static final String CYCLE = PackFixtures.CYCLE.id();
    private static final RenderedSite PAGES = RenderedInHeap.of(PackFixtures.model());

    @TempDir
    Path folder;

    @Test
    void theBuildsPagesSayWhereThePdfWillBeWithoutLinkingToAFileTheyDoNotHave() {
        assertFalse(PAGES.files().containsKey(BoardPack.PATH), "a build renders no PDF");
        Document home = Jsoup.parse(new String(PAGES.files().get("index.html"), StandardCharsets.UTF_8));
        assertTrue(home.select("a[href=" + BoardPack.PATH + "]").isEmpty(), "no link to a file the build lacks");
        String note = home.select("[data-board-pack-note]").text();
        assertTrue(note.contains("made when the programme office marks the pack final for the meeting"), note);
        assertTrue(note.contains("board-pack.pdf in the final build's folder"), note);
        assertEquals(List.of(), new JsoupLinkChecker().brokenLinks(PAGES));
    }

    @Test
    void signOffAddsThePdfToTheWrittenBuildAndItsManifest() throws Exception {
        FolderPackPublisher publisher = written("b1");
        BuildManifest.FileEntry made = signOff(publisher).make(CYCLE, "b1");

        Path pdf = folder.resolve("cycles/" + CYCLE + "/b1/" + BoardPack.PATH);
        byte[] bytes = Files.readAllBytes(pdf);
        assertEquals("%PDF-", new String(bytes, 0, 5, StandardCharsets.US_ASCII));
        assertEquals(BuildManifest.FileEntry.of(bytes), made);
        BuildManifest manifest = publisher.buildManifest(CYCLE, "b1").orElseThrow();
        assertEquals(made, manifest.files().get(BoardPack.PATH), "the manifest lists the PDF with its hash");
        assertEquals(PAGES.files().size() + 1, manifest.files().size(), "and every file it had");
    }

    @Test
    void aBuildThatHasItsPdfKeepsIt() throws Exception {
        FolderPackPublisher publisher = written("b1");
        BuildManifest.FileEntry first = signOff(publisher).make(CYCLE, "b1");
        Path pdf = folder.resolve("cycles/" + CYCLE + "/b1/" + BoardPack.PATH);
        byte[] before = Files.readAllBytes(pdf);
        Files.setLastModifiedTime(pdf, java.nio.file.attribute.FileTime.fromMillis(0));

        assertEquals(first, signOff(publisher).make(CYCLE, "b1"));
        assertArrayEquals(before, Files.readAllBytes(pdf));
        assertEquals(0, Files.getLastModifiedTime(pdf).toMillis(), "not written again");
    }

    @Test
    void aBuildWithoutItsKeyPagesIsRefusedWithTheMissingPage() {
        FolderPackPublisher publisher = new FolderPackPublisher(folder);
        RenderedSite noRisks = new RenderedSite(Map.of("index.html", PAGES.files().get("index.html")));
        publisher.writeBuild(CYCLE, "b2", noRisks, PublishPlan.against(Optional.empty(), manifest("b2", noRisks)));

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> signOff(publisher).make(CYCLE, "b2"));
        assertEquals("Build b2 of " + CYCLE + " has no risks.html to put in the board pack", e.getMessage());
        assertFalse(Files.exists(folder.resolve("cycles/" + CYCLE + "/b2/" + BoardPack.PATH)), "nothing half-written");
        assertThrows(IllegalStateException.class, () -> signOff(publisher).make(CYCLE, "none"), "no such build");
    }

    private FolderPackPublisher written(String buildId) {
        FolderPackPublisher publisher = new FolderPackPublisher(folder);
        publisher.writeBuild(CYCLE, buildId, PAGES, PublishPlan.against(Optional.empty(), manifest(buildId, PAGES)));
        return publisher;
    }

    private static BuildManifest manifest(String buildId, RenderedSite site) {
        return BuildManifest.of(buildId, CYCLE, PackFixtures.GENERATED_AT, "test", "1.0.0", Map.of(), site);
    }

    private static BoardPackSignOff signOff(FolderPackPublisher publisher) {
        return new BoardPackSignOff(new OneCycle(PackFixtures.CYCLE), publisher, new OpenHtmlBoardPackRenderer(), PackFixtures.SITE);
    }

    /** The fixture's cycle: the sign-off looks up only its board and meeting date. */
    private record OneCycle(BoardCycle cycle) implements CycleRepository {
        @Override
        public Optional<BoardCycle> find(String id) {
            return cycle.id().equals(id) ? Optional.of(cycle) : Optional.empty();
        }

        @Override
        public List<BoardCycle> all() {
            return List.of(cycle);
        }

        @Override
        public void save(BoardCycle cycle) {
            throw new UnsupportedOperationException("read only");
        }
    }
}
