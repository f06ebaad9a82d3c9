package org.sendpmo.packbuilder;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sendpmo.adapters.s3.S3ProxyExtension;
import org.sendpmo.pack.RenderedSite;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/** Reads a published build back from the site bucket, as the tests check it. */
final class SiteBucket {

    private SiteBucket() {
    }

    /** Every object under the prefix of the site bucket, keyed by its path below the prefix. */
    static RenderedSite download(S3Client s3, String prefix) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (S3Object o : s3.listObjectsV2Paginator(r -> r.bucket(S3ProxyExtension.SITE_BUCKET).prefix(prefix)).contents()) {
            files.put(o.key().substring(prefix.length()),
                    s3.getObjectAsBytes(r -> r.bucket(S3ProxyExtension.SITE_BUCKET).key(o.key())).asByteArray());
        }
        return new RenderedSite(files);
    }
}
