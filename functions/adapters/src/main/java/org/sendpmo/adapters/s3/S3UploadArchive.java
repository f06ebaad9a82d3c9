package org.sendpmo.adapters.s3;

import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendpmo.uploads.UploadArchive;
import org.sendpmo.uploads.UploadKey;
import org.sendpmo.uploads.UploadSettings;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;
import software.amazon.awssdk.services.s3.presigner.model.PutObjectPresignRequest;

/**
 * Spreadsheet uploads in the raw bucket. Writes are conditional ({@code If-None-Match: *}), including
 * the browser's presigned PUT, whose signature covers that header: a second PUT of the same key is
 * refused with 412 by the store itself, whoever sends it.
 */
@Singleton
public class S3UploadArchive implements UploadArchive {

    /** Object metadata: the person's file name (URL-encoded: S3 metadata is ASCII) and when it was uploaded. */
    static final String FILE_NAME = "file-name";
    static final String CONTENT_TYPE = "application/octet-stream";

    private final S3Client s3;
    private final S3Presigner presigner;
    private final String bucket;
    private final UploadSettings settings;

    public S3UploadArchive(S3Client s3, S3Presigner presigner, StorageProperties properties, UploadSettings settings) {
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = properties.getRawBucket();
        this.settings = settings;
    }

    @Override
    public boolean putIfAbsent(UploadKey key, byte[] bytes, Metadata metadata) {
        return S3Failures.writeIfAbsent(bucket, key.value(), () -> s3.putObject(request(key, metadata).build(), RequestBody.fromBytes(bytes)));
    }

    @Override
    public Optional<ObjectInfo> head(UploadKey key) {
        return S3Failures.readIfPresent(bucket, key.value(), () -> {
            HeadObjectResponse head = s3.headObject(HeadObjectRequest.builder().bucket(bucket).key(key.value()).build());
            return new ObjectInfo(head.contentLength(), metadata(head.metadata(), head.lastModified()));
        });
    }

    @Override
    public Optional<byte[]> read(UploadKey key) {
        return S3Failures.readIfPresent(bucket, key.value(),
                () -> s3.getObjectAsBytes(GetObjectRequest.builder().bucket(bucket).key(key.value()).build()).asByteArray());
    }

    @Override
    public List<UploadKey> list() {
        List<UploadKey> keys = new ArrayList<>();
        for (String prefix : List.of("uploads/", "checks/")) {
            S3Failures.keys(s3, bucket, prefix, S3ReturnArchive.DEFAULT_PAGE_SIZE).stream()
                    .filter(UploadKey::isUploadKey).map(UploadKey::new).forEach(keys::add);
        }
        return keys;
    }

    @Override
    public PresignedPut presignPut(UploadKey key, long sizeBytes, Metadata metadata) {
        PresignedPutObjectRequest signed = presigner.presignPutObject(PutObjectPresignRequest.builder()
                .signatureDuration(settings.presignValidity())
                .putObjectRequest(request(key, metadata).contentLength(sizeBytes).build())
                .build());
        Map<String, String> headers = new LinkedHashMap<>();
        signed.signedHeaders().forEach((name, values) -> {
            // the browser sets Host and Content-Length itself, and may not set them
            if (!name.equalsIgnoreCase("host") && !name.equalsIgnoreCase("content-length")) {
                headers.put(name, String.join(",", values));
            }
        });
        return new PresignedPut(URI.create(signed.url().toString()), headers, signed.expiration());
    }

    private PutObjectRequest.Builder request(UploadKey key, Metadata metadata) {
        return PutObjectRequest.builder()
                .bucket(bucket)
                .key(key.value())
                .contentType(CONTENT_TYPE)
                .ifNoneMatch("*")
                .metadata(Map.of(
                        FILE_NAME, URLEncoder.encode(metadata.fileName(), StandardCharsets.UTF_8),
                        S3ReturnArchive.RECEIVED_AT, metadata.requestedAt().toString()));
    }

    private static Metadata metadata(Map<String, String> meta, Instant lastModified) {
        String name = URLDecoder.decode(meta.getOrDefault(FILE_NAME, ""), StandardCharsets.UTF_8);
        Instant at = lastModified;
        try {
            String value = meta.get(S3ReturnArchive.RECEIVED_AT);
            at = value == null ? lastModified : Instant.parse(value);
        } catch (DateTimeParseException e) {
            // not written by this product: the write time will do
        }
        return new Metadata(name, at);
    }
}
