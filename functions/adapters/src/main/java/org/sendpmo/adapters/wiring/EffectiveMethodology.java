package org.sendpmo.adapters.wiring;

import org.sendpmo.reference.ReferenceLists;
import org.sendpmo.scoring.Methodology;

/**
 * The methodology the pack shows and its manifest hashes: the configured one with the programme office's level
 * descriptors, pinned per build. Scoring uses only weights and directions, which stay configuration.
 */
public final class EffectiveMethodology extends PinnedPerBuild<Methodology> {

    public EffectiveMethodology(ReferenceLists lists) {
        super(lists::methodology);
    }
}
