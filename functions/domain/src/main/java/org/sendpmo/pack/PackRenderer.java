package org.sendpmo.pack;

/** Port: turns view models into HTML (and the assets the pages use). */
public interface PackRenderer {

    /** Every file of one build, relative to the build folder. */
    RenderedSite renderBuild(PackModel model);

    /** The top index of cycles, written at the site root as {@code index.html}. */
    byte[] renderCyclesIndex(CyclesIndexModel model);

    /** {@code cycles/<cycle>/index.html}: a plain link (and no-script refresh) to the current build. */
    byte[] renderCycleRedirect(CyclesIndexModel.Entry entry);
}
