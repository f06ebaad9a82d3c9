package org.sendpmo.uploads;

import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The key of a raw spreadsheet upload: {@code uploads/<kind>/<yyyy-MM>/<sha256>} for a file to record,
 * {@code checks/<kind>/<yyyy-MM>/<sha256>} for a dry run. The month is when it was received; the hash
 * is of the bytes, so the same file is the same key and a key is never written twice. There is no
 * file extension: the type is read from the bytes, never from a name a person chose.
 */
public record UploadKey(String value) {

    private static final Pattern SHAPE = Pattern.compile("(uploads|checks)/([a-z-]+)/(\\d{4}-\\d{2})/([0-9a-f]{64})");

    public UploadKey {
        Matcher m = value == null ? null : SHAPE.matcher(value);
        if (m == null || !m.matches() || UploadKind.fromSlug(m.group(2)).isEmpty()) {
            throw new IllegalArgumentException("not an upload key: " + value);
        }
    }

    public static UploadKey of(UploadKind kind, boolean dryRun, YearMonth month, String sha256) {
        return new UploadKey((dryRun ? "checks/" : "uploads/") + kind.slug() + "/" + month + "/" + sha256);
    }

    public static boolean isUploadKey(String candidate) {
        if (candidate == null) {
            return false;
        }
        Matcher m = SHAPE.matcher(candidate);
        return m.matches() && UploadKind.fromSlug(m.group(2)).isPresent();
    }

    public boolean dryRun() {
        return part(1).equals("checks");
    }

    public UploadKind kind() {
        return UploadKind.fromSlug(part(2)).orElseThrow();
    }

    public YearMonth month() {
        return YearMonth.parse(part(3));
    }

    public String sha256() {
        return part(4);
    }

    /**
     * The upload's id, derived from the key so that whoever records an upload first (the person's
     * request or the storage event) gives it the same id: {@code returns-2026-11-1a2b3c4d5e6f},
     * with {@code check-} in front for a dry run.
     */
    public String uploadId() {
        return (dryRun() ? "check-" : "") + part(2) + "-" + part(3) + "-" + sha256().substring(0, 12);
    }

    private String part(int group) {
        Matcher m = SHAPE.matcher(value);
        if (!m.matches()) {
            throw new IllegalStateException(value);
        }
        return m.group(group);
    }
}
