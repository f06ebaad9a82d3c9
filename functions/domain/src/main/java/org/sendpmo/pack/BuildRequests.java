package org.sendpmo.pack;

import java.util.Optional;

/** The programme office's "build the pack": queue a build for the cycle, then start it without waiting. */
public final class BuildRequests {

    private final PackBuildService builds;
    private final BuildLauncher launcher;

    public BuildRequests(PackBuildService builds, BuildLauncher launcher) {
        this.builds = builds;
        this.launcher = launcher;
    }

    /** @return the queued build, or empty when there is no such cycle */
    public Optional<PackBuild> request(String cycleId) {
        Optional<PackBuild> queued = builds.queue(cycleId);
        queued.ifPresent(launcher::launch);
        return queued;
    }
}
