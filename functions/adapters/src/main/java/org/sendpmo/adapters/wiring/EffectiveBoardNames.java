package org.sendpmo.adapters.wiring;

import org.sendpmo.cycle.BoardNames;
import org.sendpmo.reference.ReferenceLists;

/** The boards' names a pack shows: the programme office's, pinned per build, so a rename shows from the next build. */
public final class EffectiveBoardNames extends PinnedPerBuild<BoardNames> {

    public EffectiveBoardNames(ReferenceLists lists) {
        super(lists::boardNames);
    }
}
