package org.sendpmo.returns;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The key of a raw return object: {@code returns/<yyyy-MM>/<project>/<sha256>.json}. The content hash
 * in the key makes it immutable: other content gets another key, the same content the same key.
 */
public record RawKey(String value) {

    private static final Pattern SHAPE = Pattern.compile("returns/(\\d{4}-\\d{2})/([A-Z][A-Z0-9-]{0,19})/([0-9a-f]{64})\\.json");

    public RawKey {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a return object key: " + value);
        }
    }

    public static boolean isReturnKey(String candidate) {
        return candidate != null && SHAPE.matcher(candidate).matches();
    }

    public static RawKey forReturn(ProjectReturn ret, byte[] canonicalBytes) {
        return new RawKey("returns/" + ret.reportingMonth() + "/" + ret.projectId() + "/" + sha256(canonicalBytes) + ".json");
    }

    public String sha256() {
        return part(3);
    }

    public String projectId() {
        return part(2);
    }

    public YearMonth month() {
        return YearMonth.parse(part(1));
    }

    /** Short reference a person can quote: project, month and the first 8 hex digits of the hash. */
    public String reference() {
        return (projectId() + "-" + month() + "-" + sha256().substring(0, 8)).toUpperCase(Locale.ROOT);
    }

    private String part(int group) {
        Matcher m = SHAPE.matcher(value);
        if (!m.matches()) {
            throw new IllegalStateException(value);
        }
        return m.group(group);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
