package org.sendpmo.bench;

import java.util.List;
import java.util.Locale;
import org.sendpmo.adapters.pack.ForwardingPackPublisher;
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
 * reading and assembling (from the start to the first render), rendering the pages, the link check and publishing (writing the build and moving the pointer). Also keeps what the benchmark reports:
 * the last view model (for Hugo), the page and file counts and the publisher's report. One build at a time.
 */
final class TimedPorts {

    record Phases(double assemble, double render, double links, double publish) {
        @Override
        public String toString() {
            return String.format(Locale.UK, "read and assemble %.2f s, render %.2f s, link check %.2f s, publish %.2f s",
                    assemble, render, links, publish);
        }
    }

    private final PackRenderer renderer;
    private final LinkChecker linkChecker;
    private long start;
    private double assemble;
    private double render;
    private double links;
    private double publish;
    private PackModel lastModel;
    private long htmlPages;
    private int files;
    private PublishReport lastReport;

    TimedPorts(PackRenderer renderer, LinkChecker linkChecker) {
        this.renderer = renderer;
        this.linkChecker = linkChecker;
    }

    void startBuild(long nanos) {
        start = nanos;
        publish = 0;
    }

    Phases phases() {
        return new Phases(assemble, render, links, publish);
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
                files = site.files().size();
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

    LinkChecker linkChecker() {
        return site -> {
            long t0 = System.nanoTime();
            List<String> broken = linkChecker.brokenLinks(site);
            links = PackScaleBenchmark.seconds(t0);
            return broken;
        };
    }

    PackPublisher publisher(PackPublisher delegate) {
        return new ForwardingPackPublisher(delegate) {
            @Override
            public PublishReport writeBuild(String cycleId, String buildId, RenderedSite site, PublishPlan plan) {
                long t0 = System.nanoTime();
                lastReport = super.writeBuild(cycleId, buildId, site, plan);
                publish += PackScaleBenchmark.seconds(t0);
                return lastReport;
            }

            @Override
            public void makeCurrent(String cycleId, String buildId, byte[] cycleRedirectHtml, byte[] cyclesIndexHtml) {
                long t0 = System.nanoTime();
                super.makeCurrent(cycleId, buildId, cycleRedirectHtml, cyclesIndexHtml);
                publish += PackScaleBenchmark.seconds(t0);
            }
        };
    }
}
