package org.sendpmo.local.bench;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sendpmo.pack.BoardPackRenderer;
import org.sendpmo.pack.BuildManifest;
import org.sendpmo.pack.CyclesIndexModel;
import org.sendpmo.pack.LinkChecker;
import org.sendpmo.pack.PackModel;
import org.sendpmo.pack.PackPublisher;
import org.sendpmo.pack.PackRenderer;
import org.sendpmo.pack.PublishPlan;
import org.sendpmo.pack.PublishReport;
import org.sendpmo.pack.RenderedSite;

/**
 * The build's ports wrapped to time each phase of one build, in the order {@code PackBuildService} calls them:
 * reading and assembling (from the start to the first render), rendering the pages, the PDF board pack, the
 * link check and publishing (writing the build and moving the pointer). Also keeps what the benchmark reports:
 * the last view model (for Hugo), the page and file counts and the publisher's report. One build at a time.
 */
final class TimedPorts {

    record Phases(double assemble, double render, double pdf, double links, double publish) {
        @Override
        public String toString() {
            return String.format(Locale.UK, "read and assemble %.2f s, render %.2f s, PDF %.2f s, link check %.2f s, publish %.2f s",
                    assemble, render, pdf, links, publish);
        }
    }

    private final PackRenderer renderer;
    private final BoardPackRenderer boardPacks;
    private final LinkChecker linkChecker;
    private long start;
    private double assemble;
    private double render;
    private double pdf;
    private double links;
    private double publish;
    private PackModel lastModel;
    private long htmlPages;
    private int files;
    private PublishReport lastReport;

    TimedPorts(PackRenderer renderer, BoardPackRenderer boardPacks, LinkChecker linkChecker) {
        this.renderer = renderer;
        this.boardPacks = boardPacks;
        this.linkChecker = linkChecker;
    }

    void startBuild(long nanos) {
        start = nanos;
        publish = 0;
    }

    Phases phases() {
        return new Phases(assemble, render, pdf, links, publish);
    }

    PackModel lastModel() {
        return lastModel;
    }

    long htmlPages() {
        return htmlPages;
    }

    int files() {
        return files;
    }

    PublishReport lastReport() {
        return lastReport;
    }

    PackRenderer renderer() {
        return new PackRenderer() {
            @Override
            public RenderedSite renderBuild(PackModel model) {
                long t0 = System.nanoTime();
                assemble = (t0 - start) / 1e9;
                lastModel = model;
                RenderedSite site = renderer.renderBuild(model);
                render = PackScaleBenchmark.seconds(t0);
                htmlPages = site.files().keySet().stream().filter(p -> p.endsWith(".html")).count();
                files = site.files().size() + 1; // and the PDF, added next
                return site;
            }

            @Override
            public byte[] renderCyclesIndex(CyclesIndexModel model) {
                return renderer.renderCyclesIndex(model);
            }

            @Override
            public byte[] renderCycleRedirect(CyclesIndexModel.Entry entry) {
                return renderer.renderCycleRedirect(entry);
            }
        };
    }

    BoardPackRenderer boardPacks() {
        return (site, pack) -> {
            long t0 = System.nanoTime();
            byte[] bytes = boardPacks.render(site, pack);
            pdf = PackScaleBenchmark.seconds(t0);
            return bytes;
        };
    }

    LinkChecker linkChecker() {
        return site -> {
            long t0 = System.nanoTime();
            List<String> broken = linkChecker.brokenLinks(site);
            links = PackScaleBenchmark.seconds(t0);
            return broken;
        };
    }

    PackPublisher publisher(PackPublisher delegate) {
        return new PackPublisher() {
            @Override
            public Optional<BuildManifest> currentManifest(String cycleId) {
                return delegate.currentManifest(cycleId);
            }

            @Override
            public PublishReport writeBuild(String cycleId, String buildId, RenderedSite site, PublishPlan plan) {
                long t0 = System.nanoTime();
                lastReport = delegate.writeBuild(cycleId, buildId, site, plan);
                publish += PackScaleBenchmark.seconds(t0);
                return lastReport;
            }

            @Override
            public void makeCurrent(String cycleId, String buildId, byte[] cycleRedirectHtml, byte[] cyclesIndexHtml) {
                long t0 = System.nanoTime();
                delegate.makeCurrent(cycleId, buildId, cycleRedirectHtml, cyclesIndexHtml);
                publish += PackScaleBenchmark.seconds(t0);
            }
        };
    }
}
