package org.sendpmo.adapters.wiring;

import org.sendpmo.reference.ReferenceLists;
import org.sendpmo.risk.RiskSettings;

/** The risk rules the pack uses: the configured ones with the programme office's appetites, pinned per build. */
public final class EffectiveRiskSettings extends PinnedPerBuild<RiskSettings> {

    public EffectiveRiskSettings(ReferenceLists lists) {
        super(lists::riskSettings);
    }
}
