package org.sendpmo.pack;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rendered files keyed by their path relative to the build folder, such as {@code projects/P01.html}, in path
 * order. A renderer may hand them over as {@link SpooledFiles} (on disk, read one at a time) rather than in the
 * heap; {@link #close} then deletes them, so whoever builds the site closes it once it is published.
 */
public record RenderedSite(Map<String, byte[]> files) implements AutoCloseable {

    public RenderedSite {
        files = files instanceof SpooledFiles ? files : Collections.unmodifiableMap(new TreeMap<>(files));
    }

    /** This site with one more file (or a file replaced), in the heap. */
    public RenderedSite with(String path, byte[] bytes) {
        Map<String, byte[]> more = new TreeMap<>(files);
        more.put(path, bytes);
        return new RenderedSite(more);
    }

    public long pageCount() {
        return files.keySet().stream().filter(p -> p.endsWith(".html")).count();
    }

    /** Deletes the files when they were kept on disk; nothing otherwise. */
    @Override
    public void close() {
        if (files instanceof SpooledFiles spooled) {
            spooled.close();
        }
    }
}
