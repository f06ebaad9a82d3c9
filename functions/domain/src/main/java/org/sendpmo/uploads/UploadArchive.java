package org.sendpmo.uploads;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Port: the raw bucket, for spreadsheet uploads. Objects are written once and never changed. */
public interface UploadArchive {

    /** What is kept with each object, so that an object can be recorded even if its database row was lost. */
    record Metadata(String fileName, Instant requestedAt) {
    }

    record ObjectInfo(long sizeBytes, Metadata metadata) {
    }

    /**
     * A URL the person's browser can PUT the file to, for a short time. The browser must send every
     * header in {@code headers} exactly; they are part of the signature.
     */
    record PresignedPut(URI url, Map<String, String> headers, Instant expiresAt) {
    }

    /** @return true if written, false if an object with the key already existed */
    boolean putIfAbsent(UploadKey key, byte[] bytes, Metadata metadata);

    /** Size and metadata without reading the bytes; empty when there is no such object. */
    Optional<ObjectInfo> head(UploadKey key);

    Optional<byte[]> read(UploadKey key);

    PresignedPut presignPut(UploadKey key, long sizeBytes, Metadata metadata);

    /** Every upload in the bucket (files to record and dry runs), for rebuilding the database. */
    java.util.List<UploadKey> list();
}
