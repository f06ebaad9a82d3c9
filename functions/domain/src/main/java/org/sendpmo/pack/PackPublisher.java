package org.sendpmo.pack;

/**
 * Port: the site bucket. A build is written whole under {@code cycles/<cycle>/<build>/}; only then
 * does {@link #makeCurrent} move the cycle's pointer, so a failed build leaves the last pack live.
 */
public interface PackPublisher {

    void writeBuild(String cycleId, String buildId, RenderedSite site);

    /**
     * Moves the pointer: writes {@code cycles/<cycle>/current.json} and the cycle's redirect page
     * {@code cycles/<cycle>/index.html}, then the root {@code index.html} of all cycles.
     */
    void makeCurrent(String cycleId, String buildId, byte[] cycleRedirectHtml, byte[] cyclesIndexHtml);
}
