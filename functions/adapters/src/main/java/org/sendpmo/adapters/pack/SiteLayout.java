package org.sendpmo.adapters.pack;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where a pack's files go in the site bucket (or an offline folder), and how each is served.
 * The same layout in both places, so a folder copy of the bucket reads the same as the bucket.
 *
 * <pre>
 * index.html                          all cycles (root)
 * cycles/&lt;cycle&gt;/index.html           redirect to the current build
 * cycles/&lt;cycle&gt;/current.json         {"cycle":"…","build":"…"}
 * cycles/&lt;cycle&gt;/&lt;build&gt;/&lt;path&gt;       the build's files
 * </pre>
 */
public final class SiteLayout {

    public static final String ROOT_INDEX = "index.html";

    /** Cycle and build ids become key segments: no slashes, no dot-segments. */
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    /** What {@link #currentPointer} writes, read back. */
    private static final Pattern POINTER = Pattern.compile("\\s*\\{\"cycle\":\"[^\"]*\",\"build\":\"([^\"]*)\"}\\s*");

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("htm", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("map", "application/json"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("xml", "application/xml"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

    private SiteLayout() {
    }

    public static String buildFileKey(String cycleId, String buildId, String path) {
        return buildPrefix(cycleId, buildId) + checkPath(path);
    }

    public static String buildPrefix(String cycleId, String buildId) {
        return cyclePrefix(cycleId) + checkSegment("build id", buildId) + "/";
    }

    public static String currentPointerKey(String cycleId) {
        return cyclePrefix(cycleId) + "current.json";
    }

    public static String cycleIndexKey(String cycleId) {
        return cyclePrefix(cycleId) + "index.html";
    }

    /** The pointer's body; ids are checked segments, so they need no JSON escaping. */
    public static byte[] currentPointer(String cycleId, String buildId) {
        String json = "{\"cycle\":\"" + checkSegment("cycle id", cycleId) + "\",\"build\":\""
                + checkSegment("build id", buildId) + "\"}\n";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /** The build a cycle's pointer names; empty when the bytes are not a pointer to a usable build id. */
    public static java.util.Optional<String> pointedBuild(byte[] pointer) {
        java.util.regex.Matcher m = POINTER.matcher(new String(pointer, StandardCharsets.UTF_8));
        return m.matches() && SEGMENT.matcher(m.group(1)).matches() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    /** Content-Type by file extension; unknown ones are served as bytes. */
    public static String contentType(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        if (dot <= slash + 1 || dot == path.length() - 1) {
            return "application/octet-stream";
        }
        return TYPES.getOrDefault(path.substring(dot + 1).toLowerCase(Locale.ROOT), "application/octet-stream");
    }

    /**
     * Pointer files change on every publish and must not be cached for long; a build's files
     * never change (a new build gets a new prefix).
     */
    public static String cacheControl(boolean pointer) {
        return pointer ? "no-cache" : "public, max-age=31536000, immutable";
    }

    private static String cyclePrefix(String cycleId) {
        return "cycles/" + checkSegment("cycle id", cycleId) + "/";
    }

    private static String checkSegment(String what, String value) {
        if (value == null || !SEGMENT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a usable " + what + " for a storage key: " + value);
        }
        return value;
    }

    /** A relative path such as {@code projects/P01.html}: no leading slash, backslash or dot-segment. */
    static String checkPath(String path) {
        if (path == null || path.isEmpty() || path.startsWith("/") || path.endsWith("/") || path.contains("\\")) {
            throw new IllegalArgumentException("Not a relative file path in a build: " + path);
        }
        for (String part : path.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                throw new IllegalArgumentException("Not a relative file path in a build: " + path);
            }
        }
        return path;
    }
}
