package org.sendpmo.pack;

import java.util.Optional;

/**
 * Port: the site bucket. A build is written whole under {@code cycles/<cycle>/<build>/}, its
 * {@code manifest.json} last; only then does {@link #makeCurrent} move the cycle's pointer, so a failed
 * build leaves the last pack live and its own folder unread.
 */
public interface PackPublisher {

    /** The manifest of the cycle's current build; empty when it has none, or none that can be read. */
    Optional<BuildManifest> currentManifest(String cycleId);

    /**
     * Writes every file of the site under the build's folder, uploading those the plan uploads and copying
     * the others inside the store from where the plan says their bytes are, then the plan's manifest.
     */
    PublishReport writeBuild(String cycleId, String buildId, RenderedSite site, PublishPlan plan);

    /**
     * Moves the pointer: writes {@code cycles/<cycle>/current.json} and the cycle's redirect page
     * {@code cycles/<cycle>/index.html}, then the root {@code index.html} of all cycles.
     */
    void makeCurrent(String cycleId, String buildId, byte[] cycleRedirectHtml, byte[] cyclesIndexHtml);

    /** The manifest of a written build; empty when it has none, or none that can be read. */
    Optional<BuildManifest> buildManifest(String cycleId, String buildId);

    /** One file of a written build, such as {@code index.html}; empty when the build has no such file. */
    Optional<byte[]> readBuildFile(String cycleId, String buildId, String path);

    /**
     * Adds a file to a written build (the board pack at sign-off): the file first, then the build's manifest
     * rewritten with it, so the manifest never names a file that is not there.
     */
    void addToBuild(String cycleId, String buildId, String path, byte[] bytes, BuildManifest manifest);
}
