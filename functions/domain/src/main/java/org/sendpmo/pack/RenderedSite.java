package org.sendpmo.pack;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Rendered files keyed by their path relative to the build folder, such as {@code projects/P01.html}. */
public record RenderedSite(Map<String, byte[]> files) {

    public RenderedSite {
        files = Collections.unmodifiableMap(new TreeMap<>(files));
    }

    /** This site with one more file (or a file replaced). */
    public RenderedSite with(String path, byte[] bytes) {
        Map<String, byte[]> more = new TreeMap<>(files);
        more.put(path, bytes);
        return new RenderedSite(more);
    }

    public long pageCount() {
        return files.keySet().stream().filter(p -> p.endsWith(".html")).count();
    }
}
