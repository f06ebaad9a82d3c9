package org.sendpmo.adapters.jdbc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

/** A row of {@code board_cycle}; {@code reportingMonth} is yyyy-MM; {@code returnsDue} null for the rules' default. */
@MappedEntity("board_cycle")
public record CycleRow(@Id String id, String board, LocalDate meetingDate, String reportingMonth, LocalDate cutOff,
                       @Nullable LocalDate returnsDue) {
}
