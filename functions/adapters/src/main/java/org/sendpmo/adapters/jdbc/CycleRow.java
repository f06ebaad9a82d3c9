package org.sendpmo.adapters.jdbc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

/**
 * A row of {@code board_cycle}; {@code reportingMonth} is yyyy-MM; {@code returnsDue} null for the rules' default.
 * {@code boardCode} is the {@link org.sendpmo.cycle.Board} constant; {@code board} only records the name shown when
 * the row was last saved (see V11).
 */
@MappedEntity("board_cycle")
public record CycleRow(@Id String id, String boardCode, String board, LocalDate meetingDate, String reportingMonth, LocalDate cutOff,
                       @Nullable LocalDate returnsDue) {
}
