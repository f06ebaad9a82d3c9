package org.sendpmo.adapters.uploads;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.sendpmo.uploads.UploadKey;
import org.sendpmo.uploads.UploadLauncher;

/**
 * In AWS the raw bucket's ObjectCreated notification invokes the ingest function for every stored
 * upload, so there is nothing to start here.
 */
@Singleton
@Requires(property = "assurance.uploads.launcher", value = "s3-event")
public class StorageEventUploadLauncher implements UploadLauncher {

    @Override
    public void objectStored(UploadKey key) {
        // the bucket notification does it
    }
}
