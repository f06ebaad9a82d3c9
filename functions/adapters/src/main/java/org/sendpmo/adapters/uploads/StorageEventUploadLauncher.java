package org.sendpmo.adapters.uploads;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.sendpmo.uploads.UploadKey;
import org.sendpmo.uploads.UploadLauncher;
import org.sendpmo.uploads.UploadProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In AWS the raw bucket's ObjectCreated notification invokes the ingest function for every stored upload, so
 * for most files there is nothing to start here. Files whose rows name users (the project registry) are the
 * exception: their leads are checked against the user pool, which ingest (in isolated subnets) cannot reach, so
 * ingest leaves them unread and the api reads them here, in the request that stored them or said they were sent.
 * They are small (a row a project), so this takes a moment, and the status page shows the outcome at once.
 */
@Singleton
@Requires(property = "assurance.uploads.launcher", value = "s3-event")
public class StorageEventUploadLauncher implements UploadLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(StorageEventUploadLauncher.class);

    private final UploadProcessor processor;

    public StorageEventUploadLauncher(UploadProcessor processor) {
        this.processor = processor;
    }

    @Override
    public void objectStored(UploadKey key) {
        if (!key.kind().namesUsers()) {
            return;
        }
        try {
            processor.process(key);
        } catch (RuntimeException e) {
            // stays PENDING (nothing is recorded half-way); opening its status page reads it again
            LOG.error("Could not read upload {}", key.value(), e);
        }
    }
}
