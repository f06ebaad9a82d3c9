package org.sendpmo.adapters.pack;

import java.util.Optional;
import org.sendpmo.pack.BuildManifest;
import org.sendpmo.pack.PackPublisher;
import org.sendpmo.pack.PublishPlan;
import org.sendpmo.pack.PublishReport;
import org.sendpmo.pack.RenderedSite;

/** A publisher that hands every call to another, for tests and benchmarks that hold back or time some of them. */
public class ForwardingPackPublisher implements PackPublisher {

    private final PackPublisher delegate;

    public ForwardingPackPublisher(PackPublisher delegate) {
        this.delegate = delegate;
    }

    @Override
    public Optional<BuildManifest> currentManifest(String cycleId) {
        return delegate.currentManifest(cycleId);
    }

    @Override
    public PublishReport writeBuild(String cycleId, String buildId, RenderedSite site, PublishPlan plan) {
        return delegate.writeBuild(cycleId, buildId, site, plan);
    }

    @Override
    public void makeCurrent(String cycleId, String buildId, byte[] cycleRedirectHtml, byte[] cyclesIndexHtml) {
        delegate.makeCurrent(cycleId, buildId, cycleRedirectHtml, cyclesIndexHtml);
    }

    @Override
    public Optional<BuildManifest> buildManifest(String cycleId, String buildId) {
        return delegate.buildManifest(cycleId, buildId);
    }

    @Override
    public Optional<byte[]> readBuildFile(String cycleId, String buildId, String path) {
        return delegate.readBuildFile(cycleId, buildId, path);
    }

    @Override
    public void addToBuild(String cycleId, String buildId, String path, byte[] bytes, BuildManifest manifest) {
        delegate.addToBuild(cycleId, buildId, path, bytes, manifest);
    }
}
