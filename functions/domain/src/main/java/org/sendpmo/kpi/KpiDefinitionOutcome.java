package org.sendpmo.kpi;

import java.util.List;
import org.sendpmo.returns.Problem;

/** What happened to a KPI definition the programme office added or changed. */
public sealed interface KpiDefinitionOutcome {

    /** Stored, with its audit entry. */
    record Saved(KpiDefinition definition) implements KpiDefinitionOutcome {
    }

    /** Every problem on its own field; nothing was stored. */
    record Rejected(List<Problem> problems) implements KpiDefinitionOutcome {
        public Rejected {
            problems = List.copyOf(problems);
        }
    }

    /** No KPI with that id to change. */
    record NotFound(String id) implements KpiDefinitionOutcome {
    }
}
