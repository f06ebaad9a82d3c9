package org.sendpmo.cycle;

import java.time.LocalDate;
import java.util.Objects;

/** A due date or cut-off: either the default computed from the settings, or one the programme office set. */
public sealed interface ScheduledDate {

    /** The date in force. */
    LocalDate date();

    /** The date the settings give, shown beside an override so the pack can say what changed. */
    LocalDate computed();

    boolean overridden();

    record Computed(LocalDate date) implements ScheduledDate {
        public Computed {
            Objects.requireNonNull(date, "date");
        }

        @Override
        public LocalDate computed() {
            return date;
        }

        @Override
        public boolean overridden() {
            return false;
        }
    }

    /** @param reason why the programme office moved the date, shown in the pack; may be empty */
    record Overridden(LocalDate date, LocalDate computed, String reason) implements ScheduledDate {
        public Overridden {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(computed, "computed");
            reason = reason == null ? "" : reason.strip();
        }

        @Override
        public boolean overridden() {
            return true;
        }
    }
}
