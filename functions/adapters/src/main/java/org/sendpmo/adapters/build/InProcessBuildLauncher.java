package org.sendpmo.adapters.build;

import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.sendpmo.pack.BoardPackJob;
import org.sendpmo.pack.BoardPackJobs;
import org.sendpmo.pack.BuildLauncher;
import org.sendpmo.pack.PackBuild;
import org.sendpmo.pack.PackBuildService;

/**
 * Runs builds and PDF board pack jobs on one background thread of this JVM (the local run and tests). One
 * thread, because builds of the same cycle must not interleave their pointer moves, and a PDF job asked for
 * after a build then waits for it, as the pack-builder's own invocations would.
 */
@Singleton
@Requires(property = "assurance.build.launcher", value = "in-process", defaultValue = "in-process")
@Requires(beans = PackBuildService.class)
public class InProcessBuildLauncher implements BuildLauncher {

    private final PackBuildService builds;
    private final BoardPackJobs boardPacks;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "pack-builder");
        t.setDaemon(true);
        return t;
    });

    public InProcessBuildLauncher(PackBuildService builds, BoardPackJobs boardPacks) {
        this.builds = builds;
        this.boardPacks = boardPacks;
    }

    @Override
    public void launch(PackBuild queued) {
        executor.submit(() -> builds.run(queued.id()));
    }

    @Override
    public void launchBoardPack(BoardPackJob asked) {
        executor.submit(() -> boardPacks.run(asked.cycleId(), asked.buildId()));
    }

    /** Lets a running build finish before the JVM stops, so no half-moved pointer is left. */
    @PreDestroy
    void drain() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(60, TimeUnit.SECONDS);
    }
}
