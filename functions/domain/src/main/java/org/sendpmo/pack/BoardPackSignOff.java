package org.sendpmo.pack;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.sendpmo.cycle.BoardCycle;
import org.sendpmo.cycle.CycleRepository;

/**
 * Makes the PDF board pack of a build that has been written: in the pack-builder, at sign-off (when the programme
 * office marks the build final for the meeting) or when it is asked for ({@link BoardPackJobs}), and in the local
 * run's {@code --out DIR} build. The key pages are read back from the build as
 * published, so the PDF shows exactly what board members read, and the PDF is added to the build's folder
 * and its manifest. A build that already has its board pack is left as it is.
 */
public final class BoardPackSignOff {

    private final CycleRepository cycles;
    private final PackPublisher publisher;
    private final BoardPackRenderer renderer;
    private final SiteInfo site;

    public BoardPackSignOff(CycleRepository cycles, PackPublisher publisher, BoardPackRenderer renderer, SiteInfo site) {
        this.cycles = cycles;
        this.publisher = publisher;
        this.renderer = renderer;
        this.site = site;
    }

    /**
     * @return the PDF's entry in the build's manifest
     * @throws IllegalStateException when the cycle, the build's manifest or one of its key pages cannot be found
     */
    public BuildManifest.FileEntry make(String cycleId, String buildId) {
        BoardCycle cycle = cycles.find(cycleId)
                .orElseThrow(() -> new IllegalStateException("There is no board cycle '" + cycleId + "'"));
        BuildManifest manifest = publisher.buildManifest(cycleId, buildId)
                .orElseThrow(() -> new IllegalStateException("Build " + buildId + " of " + cycleId + " has no readable manifest"));
        BuildManifest.FileEntry made = manifest.files().get(BoardPack.PATH);
        if (made != null) {
            return made;
        }
        byte[] pdf = renderer.render(keyPages(cycleId, buildId), BoardPack.of(cycle, site.programmeName(), manifest.builtAt()));
        publisher.addToBuild(cycleId, buildId, BoardPack.PATH, pdf, manifest.with(BoardPack.PATH, pdf));
        return BuildManifest.FileEntry.of(pdf);
    }

    private RenderedSite keyPages(String cycleId, String buildId) {
        Map<String, byte[]> pages = new LinkedHashMap<>();
        for (String path : BoardPack.KEY_PAGES) {
            Optional<byte[]> page = publisher.readBuildFile(cycleId, buildId, path);
            pages.put(path, page.orElseThrow(() -> new IllegalStateException(
                    "Build " + buildId + " of " + cycleId + " has no " + path + " to put in the board pack")));
        }
        return new RenderedSite(pages);
    }
}
