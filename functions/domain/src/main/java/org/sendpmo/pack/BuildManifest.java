package org.sendpmo.pack;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.sendpmo.returns.RawKey;

/**
 * What a build is, written beside its files as {@code manifest.json}: which build of which cycle, when,
 * by which version of the product under which methodology, from which inputs (their SHA-256, see
 * {@link InputDigests}), and each file's SHA-256 and size. The build id and time are the only parts
 * that differ between two builds from the same inputs by the same product.
 *
 * @param files every file of the build but the manifest itself, by path relative to the build folder
 */
public record BuildManifest(String buildId, String cycleId, Instant builtAt, String productVersion,
                            String methodologyVersion, SortedMap<String, String> inputs, SortedMap<String, FileEntry> files) {

    public static final String PATH = "manifest.json";

    public BuildManifest {
        Objects.requireNonNull(buildId, "buildId");
        Objects.requireNonNull(cycleId, "cycleId");
        Objects.requireNonNull(builtAt, "builtAt");
        Objects.requireNonNull(productVersion, "productVersion");
        Objects.requireNonNull(methodologyVersion, "methodologyVersion");
        inputs = Collections.unmodifiableSortedMap(new TreeMap<>(inputs));
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
        if (files.containsKey(PATH)) {
            throw new IllegalArgumentException("a build's files cannot include its own " + PATH);
        }
    }

    /** @param sha256 lower-case hex */
    public record FileEntry(String sha256, long size) {
        public FileEntry {
            if (sha256 == null || !sha256.matches("[0-9a-f]{64}") || size < 0) {
                throw new IllegalArgumentException("not a SHA-256 and size: " + sha256 + ", " + size);
            }
        }

        public static FileEntry of(byte[] bytes) {
            return new FileEntry(RawKey.sha256(bytes), bytes.length);
        }
    }

    public static BuildManifest of(String buildId, String cycleId, Instant builtAt, String productVersion,
                                   String methodologyVersion, Map<String, String> inputs, RenderedSite site) {
        SortedMap<String, FileEntry> files = new TreeMap<>();
        site.files().forEach((path, bytes) -> files.put(path, FileEntry.of(bytes)));
        return new BuildManifest(buildId, cycleId, builtAt, productVersion, methodologyVersion, new TreeMap<>(inputs), files);
    }

    /** This manifest with one more file (or a file replaced), as when the board pack is added at sign-off. */
    public BuildManifest with(String path, byte[] bytes) {
        SortedMap<String, FileEntry> more = new TreeMap<>(files);
        more.put(path, FileEntry.of(bytes));
        return new BuildManifest(buildId, cycleId, builtAt, productVersion, methodologyVersion, inputs, more);
    }

    public long totalBytes() {
        return files.values().stream().mapToLong(FileEntry::size).sum();
    }
}
