package org.sendpmo.adapters.render;

import java.util.TreeMap;
import org.sendpmo.pack.PackModel;
import org.sendpmo.pack.PackRenderer;
import org.sendpmo.pack.RenderedSite;

/**
 * A pack rendered by the real templates and handed back in the heap. The renderer keeps a build's files in a
 * temporary folder until the site is closed; tests that only read the pages would otherwise leave one
 * {@code pack-build-*} folder in the system's temporary folder per render. The copy needs no closing.
 */
public final class RenderedInHeap {

    private RenderedInHeap() {
    }

    /** The model rendered by a new {@link FreemarkerPackRenderer}. */
    public static RenderedSite of(PackModel model) {
        return of(new FreemarkerPackRenderer(), model);
    }

    /** The model rendered by this renderer, copied into the heap; the rendered site is closed. */
    public static RenderedSite of(PackRenderer renderer, PackModel model) {
        try (RenderedSite rendered = renderer.renderBuild(model)) {
            return new RenderedSite(new TreeMap<>(rendered.files()));
        }
    }
}
