package org.sendpmo.adapters;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.sendpmo.returns.Milestone;
import org.sendpmo.returns.ProjectReturn;
import org.sendpmo.returns.Rag;
import org.sendpmo.scoring.CriterionScores;

/** Example domain values for adapter tests. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A full return; {@code commentary} varies the content (and so the hash) between submissions. */
    public static ProjectReturn aReturn(String projectId, String month, String commentary) {
        return new ProjectReturn(projectId, YearMonth.parse(month), Rag.AMBER, commentary,
                List.of(new Milestone("Pilot in two schools", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 15), false),
                        new Milestone("Business case approved", LocalDate.of(2026, 6, 30), LocalDate.of(2026, 6, 30), true)),
                List.of("Recruitment of two caseworkers is late", "Data sharing agreement unsigned"),
                CriterionScores.of(4, 3, 5, 2, 1, 3, 4, 2, 2, 3, 5),
                "Jo Lead");
    }
}
