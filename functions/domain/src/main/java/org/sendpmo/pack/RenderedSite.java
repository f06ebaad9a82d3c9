package org.sendpmo.pack;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Rendered files keyed by their path relative to the build folder, such as {@code projects/P01.html}. */
public record RenderedSite(Map<String, byte[]> files) {

    public RenderedSite {
        files = Collections.unmodifiableMap(new TreeMap<>(files));
    }

    public long pageCount() {
        return files.keySet().stream().filter(p -> p.endsWith(".html")).count();
    }
}
