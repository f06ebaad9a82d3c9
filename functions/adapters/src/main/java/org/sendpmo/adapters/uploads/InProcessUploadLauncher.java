package org.sendpmo.adapters.uploads;

import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.sendpmo.uploads.UploadKey;
import org.sendpmo.uploads.UploadLauncher;
import org.sendpmo.uploads.UploadProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads stored uploads on a background thread of this JVM, standing in for the bucket's
 * ObjectCreated event where there is none (the local run and tests). Two threads: reading is safe
 * to run concurrently, and a large file should not hold up a small one for long.
 */
@Singleton
@Requires(property = "assurance.uploads.launcher", value = "in-process", defaultValue = "in-process")
public class InProcessUploadLauncher implements UploadLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(InProcessUploadLauncher.class);

    private final UploadProcessor processor;
    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "upload-reader");
        t.setDaemon(true);
        return t;
    });

    public InProcessUploadLauncher(UploadProcessor processor) {
        this.processor = processor;
    }

    @Override
    public void objectStored(UploadKey key) {
        executor.submit(() -> {
            try {
                processor.process(key);
            } catch (RuntimeException e) {
                // stays PENDING; the status page says so, and the next event or "sent" reads it again
                LOG.error("Could not read upload {}", key.value(), e);
            }
        });
    }

    @PreDestroy
    void drain() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(60, TimeUnit.SECONDS);
    }
}
