package org.sendpmo.uploads;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What reading an upload found.
 *
 * @param rowsRead  data rows in the file
 * @param recorded  rows that became new versions (0 for a dry run or a rejected file)
 * @param unchanged rows identical to what was already recorded
 * @param problems  every problem; the file is accepted only when there are none
 */
public record UploadOutcome(Instant processedAt, int rowsRead, int recorded, int unchanged, List<UploadProblem> problems) {

    public UploadOutcome {
        Objects.requireNonNull(processedAt, "processedAt");
        problems = List.copyOf(problems);
        if (!problems.isEmpty() && (recorded != 0 || unchanged != 0)) {
            throw new IllegalArgumentException("a rejected file records nothing");
        }
    }

    public static UploadOutcome rejected(Instant at, int rowsRead, List<UploadProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a rejection needs at least one problem");
        }
        return new UploadOutcome(at, rowsRead, 0, 0, problems);
    }

    public static UploadOutcome rejected(Instant at, String message) {
        return rejected(at, 0, List.of(UploadProblem.file(message)));
    }

    public boolean accepted() {
        return problems.isEmpty();
    }
}
