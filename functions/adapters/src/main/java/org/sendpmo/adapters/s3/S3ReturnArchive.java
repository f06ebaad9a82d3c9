package org.sendpmo.adapters.s3;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendpmo.returns.ReturnArchive;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/** The raw upload bucket. Objects are written once (conditionally) and never changed. */
@Singleton
public class S3ReturnArchive implements ReturnArchive {

    /** User metadata (sent as {@code x-amz-meta-received-at}), ISO-8601 instant. */
    public static final String RECEIVED_AT = "received-at";
    /** S3's own maximum page size for ListObjectsV2. */
    static final int DEFAULT_PAGE_SIZE = 1000;

    private final S3Client s3;
    private final String bucket;
    private final int pageSize;

    @Inject
    public S3ReturnArchive(S3Client s3, StorageProperties properties) {
        this(s3, properties.getRawBucket(), DEFAULT_PAGE_SIZE);
    }

    /** @param pageSize keys per ListObjectsV2 request (small in tests, to exercise paging) */
    public S3ReturnArchive(S3Client s3, String bucket, int pageSize) {
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalArgumentException("assurance.storage.raw-bucket is not set");
        }
        if (pageSize < 1 || pageSize > DEFAULT_PAGE_SIZE) {
            throw new IllegalArgumentException("page size must be 1..1000: " + pageSize);
        }
        this.s3 = s3;
        this.bucket = bucket;
        this.pageSize = pageSize;
    }

    @Override
    public boolean putIfAbsent(String key, byte[] bytes, String contentType, Instant receivedAt) {
        PutObjectRequest request = PutObjectRequest.builder()
                .bucket(bucket)
                .key(key)
                .contentType(contentType)
                .ifNoneMatch("*")
                .metadata(Map.of(RECEIVED_AT, receivedAt.toString()))
                .build();
        return S3Failures.writeIfAbsent(bucket, key, () -> s3.putObject(request, RequestBody.fromBytes(bytes)));
    }

    @Override
    public Optional<StoredObject> get(String key) {
        return S3Failures.readIfPresent(bucket, key, () -> {
            ResponseBytes<GetObjectResponse> object =
                    s3.getObjectAsBytes(GetObjectRequest.builder().bucket(bucket).key(key).build());
            return new StoredObject(object.asByteArray(), receivedAt(object.response()));
        });
    }

    @Override
    public List<String> listKeys(String prefix) {
        return S3Failures.keys(s3, bucket, prefix, pageSize);
    }

    private static Instant receivedAt(GetObjectResponse response) {
        String value = response.metadata().get(RECEIVED_AT);
        if (value != null) {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException e) {
                // Not written by this product: fall back to the write time.
            }
        }
        return response.lastModified();
    }
}
