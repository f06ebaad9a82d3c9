package org.sendpmo.returns;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.sendpmo.scoring.CriterionScores;

/** Small builders for returns in tests. */
final class Returns {

    static final String PROJECT = "P01";

    private Returns() {
    }

    static ProjectReturn content(YearMonth month, Rag rag, String commentary, List<Milestone> milestones, List<String> risks,
                                 String submittedBy) {
        return new ProjectReturn(PROJECT, month, rag, commentary, milestones, risks,
                CriterionScores.of(3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3), submittedBy);
    }

    static ProjectReturn complete(YearMonth month, String commentary) {
        return content(month, Rag.AMBER, commentary,
                List.of(new Milestone("Pilot live", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1), false)),
                List.of("Recruitment of caseworkers"), "A. Lead");
    }

    static RecordedReturn recorded(YearMonth month, int version, String receivedAt) {
        ProjectReturn ret = complete(month, "Progress in " + month + ", version " + version);
        byte[] bytes = (ret + "#" + version).getBytes(StandardCharsets.UTF_8);
        return new RecordedReturn(RawKey.forReturn(ret, bytes), version, Instant.parse(receivedAt), ret);
    }
}
