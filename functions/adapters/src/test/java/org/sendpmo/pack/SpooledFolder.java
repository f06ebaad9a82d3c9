package org.sendpmo.pack;

import java.nio.file.Path;

/** Where a rendered site's spooled files are kept, for tests that check the folder is deleted. */
public final class SpooledFolder {

    private SpooledFolder() {
    }

    /** The site's temporary folder; the site must keep its files on disk ({@link SpooledFiles}). */
    public static Path of(RenderedSite site) {
        if (!(site.files() instanceof SpooledFiles spooled)) {
            throw new IllegalArgumentException("The site's files are in the heap, not in a temporary folder");
        }
        return spooled.folder();
    }
}
