package org.sendpmo.local.pack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.sendpmo.adapters.build.InMemoryBuildLedger;
import org.sendpmo.adapters.build.InMemoryStandingsArchive;
import org.sendpmo.adapters.pack.FolderPackPublisher;
import org.sendpmo.adapters.pack.ManifestJson;
import org.sendpmo.adapters.render.PackFormat;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.pack.BoardPack;
import org.sendpmo.pack.BoardPackRenderer;
import org.sendpmo.pack.BoardPackSignOff;
import org.sendpmo.pack.BuildManifest;
import org.sendpmo.pack.BuildStatus;
import org.sendpmo.pack.PackBuild;

/**
 * Two builds of the demo's cycle from the same inputs, each into a folder of its own with its own ledger,
 * compared file by file. The documented difference, and the only one allowed: the build time as the
 * pages show it (to the minute: the home page's "Generated at" row, the accessibility statement, and so
 * the PDF of the key pages, whose creation date is the build time too), and the manifest's build id and
 * time. Builds in the same minute are byte-identical but for the manifest. Each build is signed off (its PDF
 * board pack made, as marking it final does), so the PDF is compared too.
 */
class PackDeterminismTest {

    @RegisterExtension
    static final S3ProxyExtension S3 = new S3ProxyExtension();

    /** Files that show the build time: the home page, the accessibility statement and the PDF of the key pages. */
    static final Set<String> SHOW_BUILD_TIME = Set.of("index.html", "accessibility.html", BoardPack.PATH);

    private static DemoPackFixture demo;

    @TempDir
    Path temp;

    @BeforeAll
    static void load() {
        demo = new DemoPackFixture(S3, "pack-determinism");
    }

    @AfterAll
    static void close() {
        demo.close();
    }

    @Test
    void twoBuildsAtTheSameTimeAreByteIdenticalApartFromTheManifestsBuildId() throws IOException {
        Instant at = Instant.parse("2026-11-12T09:00:00Z");
        Map<String, byte[]> first = build(temp.resolve("a"), at);
        Map<String, byte[]> second = build(temp.resolve("b"), at.plusMillis(1)); // same minute: pages show minutes

        assertEquals(first.keySet(), second.keySet());
        for (String path : first.keySet()) {
            if (!path.equals(BuildManifest.PATH)) {
                assertArrayEquals(first.get(path), second.get(path), path);
            }
        }
        assertManifestsDifferOnlyInIdAndTime(first, second, Set.of());
    }

    @Test
    void buildsAtDifferentTimesDifferOnlyInTheBuildTimeTheyShow() throws IOException {
        Instant morning = Instant.parse("2026-11-12T09:00:00Z");
        Instant afternoon = Instant.parse("2026-11-13T15:47:00Z");
        Map<String, byte[]> first = build(temp.resolve("a"), morning);
        Map<String, byte[]> second = build(temp.resolve("b"), afternoon);
        PackFormat fmt = new PackFormat();

        assertEquals(first.keySet(), second.keySet());
        assertTrue(first.size() > 50, "the whole demo pack: " + first.size() + " files");
        for (String path : first.keySet()) {
            if (path.equals(BuildManifest.PATH)) {
                continue;
            }
            if (SHOW_BUILD_TIME.contains(path)) {
                String a = text(path, first.get(path));
                String b = text(path, second.get(path));
                assertNotEquals(a, b, path + " shows the build time");
                assertTrue(a.contains(fmt.dateTime(morning)), path);
                assertEquals(a.replace(fmt.dateTime(morning), "BUILD TIME"), b.replace(fmt.dateTime(afternoon), "BUILD TIME"), path);
            } else {
                assertArrayEquals(first.get(path), second.get(path), path + " is byte-identical");
            }
        }
        assertManifestsDifferOnlyInIdAndTime(first, second, SHOW_BUILD_TIME);
    }

    /** The manifests name different builds made from the same inputs, with the same hash for every other file. */
    private static void assertManifestsDifferOnlyInIdAndTime(Map<String, byte[]> first, Map<String, byte[]> second,
                                                             Set<String> showingTheTime) {
        BuildManifest a = ManifestJson.decode(first.get(BuildManifest.PATH));
        BuildManifest b = ManifestJson.decode(second.get(BuildManifest.PATH));
        assertNotEquals(a.buildId(), b.buildId());
        assertEquals(a.cycleId(), b.cycleId());
        assertEquals(a.inputs(), b.inputs());
        assertEquals(a.productVersion(), b.productVersion());
        assertEquals(a.methodologyVersion(), b.methodologyVersion());
        Map<String, BuildManifest.FileEntry> filesA = new TreeMap<>(a.files());
        Map<String, BuildManifest.FileEntry> filesB = new TreeMap<>(b.files());
        filesA.keySet().removeAll(showingTheTime);
        filesB.keySet().removeAll(showingTheTime);
        assertEquals(filesA, filesB);
    }

    private Map<String, byte[]> build(Path folder, Instant at) throws IOException {
        FolderPackPublisher publisher = new FolderPackPublisher(folder);
        PackBuild build = demo.service(publisher, new InMemoryBuildLedger(), new InMemoryStandingsArchive(),
                Clock.fixed(at, ZoneOffset.UTC)).buildNow(DemoPackFixture.CYCLE).orElseThrow();
        assertEquals(BuildStatus.SUCCEEDED, build.status(), build.message());
        new BoardPackSignOff(demo.bean(org.sendpmo.cycle.CycleRepository.class), publisher, demo.bean(BoardPackRenderer.class),
                demo.bean(org.sendpmo.pack.PackAssembler.class).site()).make(DemoPackFixture.CYCLE, build.id());
        Path root = folder.resolve("cycles").resolve(DemoPackFixture.CYCLE).resolve(build.id());
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }

    /** A page's text, or the PDF's text as PDFBox extracts it. */
    private static String text(String path, byte[] bytes) throws IOException {
        if (!path.endsWith(".pdf")) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(pdf);
        }
    }
}
