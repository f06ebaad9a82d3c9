package org.sendpmo.pack;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How a build's files reach the store. A file whose bytes (SHA-256 and size) the cycle's current build
 * already holds is copied inside the store from that build, so it is not uploaded again; every other
 * file is uploaded. Either way the new build's folder ends up holding every one of its files, so each
 * build stays whole on its own: readers, links, an offline copy and the deletion of old builds need no
 * knowledge of where a file's bytes came from.
 *
 * @param copies path in the new build to where the same bytes already are
 */
public record PublishPlan(BuildManifest manifest, SortedMap<String, Source> copies) {

    public PublishPlan {
        copies = Collections.unmodifiableSortedMap(new TreeMap<>(copies));
        if (!manifest.files().keySet().containsAll(copies.keySet())) {
            throw new IllegalArgumentException("copies name files the build does not have");
        }
    }

    /** A file of an earlier build of the same cycle. */
    public record Source(String buildId, String path) {
    }

    /** Uploads everything: there is no earlier build to copy from. */
    public static PublishPlan full(BuildManifest manifest) {
        return new PublishPlan(manifest, new TreeMap<>());
    }

    /** Copies every file whose bytes the current build holds at any path, uploads the rest. */
    public static PublishPlan against(Optional<BuildManifest> current, BuildManifest next) {
        if (current.isEmpty() || !current.get().cycleId().equals(next.cycleId())) {
            return full(next);
        }
        Map<BuildManifest.FileEntry, String> held = new HashMap<>();
        current.get().files().forEach((path, entry) -> held.putIfAbsent(entry, path));
        SortedMap<String, Source> copies = new TreeMap<>();
        next.files().forEach((path, entry) -> {
            String at = held.get(entry);
            if (at != null) {
                copies.put(path, new Source(current.get().buildId(), at));
            }
        });
        return new PublishPlan(next, copies);
    }

    /** @throws IllegalArgumentException when the plan was made for other files than the site's */
    public void requireDescribes(RenderedSite site) {
        if (!manifest.files().keySet().equals(site.files().keySet())) {
            throw new IllegalArgumentException("the plan's manifest does not list the site's files");
        }
    }
}
