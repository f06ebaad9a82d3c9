package org.sendpmo.adapters.wiring;

import java.util.function.Supplier;
import org.sendpmo.reference.ReferenceLists;
import org.sendpmo.risk.RiskSettings;

/**
 * The risk rules the pack uses: the configured ones with the programme office's appetites, read when a build
 * starts ({@link #pin}) and held for the whole build, so an edit made during a build takes effect from the next.
 */
public final class EffectiveRiskSettings implements Supplier<RiskSettings> {

    private final ReferenceLists lists;
    private volatile RiskSettings pinned;

    public EffectiveRiskSettings(ReferenceLists lists) {
        this.lists = lists;
    }

    /** Reads the lists again; called at the start of every build. */
    public void pin() {
        pinned = lists.riskSettings();
    }

    @Override
    public RiskSettings get() {
        RiskSettings current = pinned;
        if (current == null) {
            pin();
            current = pinned;
        }
        return current;
    }
}
