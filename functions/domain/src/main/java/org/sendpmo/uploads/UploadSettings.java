package org.sendpmo.uploads;

import java.time.Duration;

/**
 * @param maxBytes        the largest file accepted, checked before it is read
 * @param presignValidity how long a browser has to start its PUT
 */
public record UploadSettings(long maxBytes, Duration presignValidity) {

    public UploadSettings {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("uploads.max-bytes must be at least 1: " + maxBytes);
        }
        if (presignValidity == null || presignValidity.isNegative() || presignValidity.isZero()) {
            throw new IllegalArgumentException("uploads.presign-validity must be positive: " + presignValidity);
        }
    }

    /** "10 MB", "512 KB": how a limit is written in messages. */
    public static String size(long bytes) {
        if (bytes >= 1024 * 1024) {
            double mb = bytes / (1024.0 * 1024.0);
            return (mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format(java.util.Locale.ROOT, "%.1f", mb)) + " MB";
        }
        if (bytes >= 1024) {
            return (bytes / 1024) + " KB";
        }
        return bytes + " bytes";
    }
}
