package org.sendpmo.adapters.s3;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.sendpmo.adapters.pack.SiteLayout;
import org.sendpmo.pack.BuildManifest;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * One build of a pack as a zip for board papers: every file under the build's prefix in the site bucket,
 * each object streamed from the bucket into the zip, under one folder in the build's own layout, so the
 * unzipped folder opens in a browser with every link working (a pack's links are relative and stay
 * inside its build).
 */
@Singleton
public class S3PackZip {

    private final S3Client s3;
    private final String bucket;

    public S3PackZip(S3Client s3, StorageProperties storage) {
        this.s3 = s3;
        this.bucket = storage.getSiteBucket();
    }

    /**
     * @param folder the top folder inside the zip, such as {@code stsb-2026-11}
     * @return the number of files written
     * @throws IllegalStateException when the build has no manifest: it never finished writing, so it is not a pack
     */
    public int write(String cycleId, String buildId, String folder, OutputStream out) {
        String prefix = SiteLayout.buildPrefix(cycleId, buildId);
        String manifestKey = prefix + BuildManifest.PATH;
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            int files = 0;
            boolean complete = false;
            for (S3Object o : s3.listObjectsV2Paginator(r -> r.bucket(bucket).prefix(prefix)).contents()) {
                complete |= o.key().equals(manifestKey);
                zip.putNextEntry(new ZipEntry(folder + "/" + o.key().substring(prefix.length())));
                try (InputStream in = s3.getObject(r -> r.bucket(bucket).key(o.key()))) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
                files++;
            }
            if (!complete) {
                throw new IllegalStateException("Build " + buildId + " of " + cycleId + " has no " + BuildManifest.PATH
                        + " in the site bucket, so it is not a whole pack");
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the zip of " + prefix, e);
        } catch (SdkException e) {
            throw S3Failures.unavailable("read", bucket, prefix, e);
        }
    }
}
