package org.sendpmo.adapters.pack;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.sendpmo.pack.BuildManifest;

/**
 * {@code manifest.json}, schema {@code pack-manifest/1}: written by hand in a fixed order, one input or
 * file a line, so that two manifests diff line by line and differ only where the builds do.
 *
 * <pre>
 * {
 *   "schema": "pack-manifest/1",
 *   "buildId": "20261124T062523376Z",
 *   "cycleId": "stsb-2026-11",
 *   "builtAt": "2026-11-24T06:25:23.376Z",
 *   "productVersion": "0.1.0-SNAPSHOT",
 *   "methodologyVersion": "v1",
 *   "inputs": {
 *     "assessed": "&lt;sha256&gt;",
 *     …
 *   },
 *   "files": {
 *     "accessibility.html": {"sha256": "&lt;sha256&gt;", "size": 9876},
 *     …
 *   }
 * }
 * </pre>
 */
public final class ManifestJson {

    public static final String SCHEMA = "pack-manifest/1";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ManifestJson() {
    }

    public static byte[] encode(BuildManifest m) {
        StringBuilder out = new StringBuilder(256 + 120 * m.files().size());
        out.append("{\n");
        field(out, "schema", SCHEMA);
        field(out, "buildId", m.buildId());
        field(out, "cycleId", m.cycleId());
        field(out, "builtAt", m.builtAt().toString());
        field(out, "productVersion", m.productVersion());
        field(out, "methodologyVersion", m.methodologyVersion());
        out.append("  \"inputs\": {");
        String sep = "\n";
        for (Map.Entry<String, String> input : m.inputs().entrySet()) {
            out.append(sep).append("    ").append(quote(input.getKey())).append(": ").append(quote(input.getValue()));
            sep = ",\n";
        }
        out.append(m.inputs().isEmpty() ? "},\n" : "\n  },\n");
        out.append("  \"files\": {");
        sep = "\n";
        for (Map.Entry<String, BuildManifest.FileEntry> file : m.files().entrySet()) {
            out.append(sep).append("    ").append(quote(file.getKey())).append(": {\"sha256\": ")
                    .append(quote(file.getValue().sha256())).append(", \"size\": ").append(file.getValue().size()).append('}');
            sep = ",\n";
        }
        out.append(m.files().isEmpty() ? "}\n" : "\n  }\n");
        out.append("}\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** @throws IllegalArgumentException when the bytes are not a manifest of this schema */
    /** The manifest in the bytes read, if any; empty when they cannot be read as one (upload everything then: always right). */
    public static java.util.Optional<BuildManifest> decodeIfReadable(java.util.Optional<byte[]> json) {
        try {
            return json.map(ManifestJson::decode);
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    public static BuildManifest decode(byte[] json) {
        try {
            JsonNode root = MAPPER.readTree(json);
            if (root == null || !SCHEMA.equals(root.path("schema").asText())) {
                throw new IllegalArgumentException("not a " + SCHEMA + " manifest");
            }
            SortedMap<String, String> inputs = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.path("inputs").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                inputs.put(e.getKey(), e.getValue().asText());
            }
            SortedMap<String, BuildManifest.FileEntry> files = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.path("files").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode size = e.getValue().path("size");
                if (!size.canConvertToLong()) {
                    throw new IllegalArgumentException("no size for " + e.getKey());
                }
                files.put(e.getKey(), new BuildManifest.FileEntry(e.getValue().path("sha256").asText(), size.asLong()));
            }
            return new BuildManifest(text(root, "buildId"), text(root, "cycleId"), Instant.parse(text(root, "builtAt")),
                    text(root, "productVersion"), text(root, "methodologyVersion"), inputs, files);
        } catch (IOException | DateTimeParseException e) {
            throw new IllegalArgumentException("unreadable manifest: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode root, String name) {
        JsonNode node = root.get(name);
        if (node == null || !node.isTextual()) {
            throw new IllegalArgumentException("manifest has no " + name);
        }
        return node.asText();
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append("  ").append(quote(name)).append(": ").append(quote(value)).append(",\n");
    }

    private static String quote(String s) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
    }
}
