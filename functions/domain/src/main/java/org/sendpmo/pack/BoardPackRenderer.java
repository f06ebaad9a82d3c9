package org.sendpmo.pack;

/** Port: lays out a build's key pages, as rendered, into one accessible (tagged) PDF. */
public interface BoardPackRenderer {

    /**
     * @param site the build's rendered files; the pack's pages and the files they use are read from it
     * @return the PDF's bytes, the same for the same site and pack
     */
    byte[] render(RenderedSite site, BoardPack pack);
}
