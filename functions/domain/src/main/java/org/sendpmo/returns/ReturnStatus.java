package org.sendpmo.returns;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** One project's return status for one cycle. */
public sealed interface ReturnStatus {

    String projectId();

    Timeliness timeliness();

    /** The return a roll-up uses: this cycle's, or the one carried forward; empty only when nothing was ever received. */
    Optional<RecordedReturn> returnUsed();

    /**
     * The version used arrived by the due date.
     *
     * @param receivedOn the day it arrived, in programme time
     */
    record OnTime(String projectId, RecordedReturn used, LocalDate receivedOn) implements ReturnStatus {
        public OnTime {
            Objects.requireNonNull(used, "used");
            Objects.requireNonNull(receivedOn, "receivedOn");
        }

        @Override
        public Timeliness timeliness() {
            return Timeliness.ON_TIME;
        }

        @Override
        public Optional<RecordedReturn> returnUsed() {
            return Optional.of(used);
        }
    }

    /** The version used arrived after the due date and by the cut-off. */
    record Late(String projectId, RecordedReturn used, LocalDate receivedOn) implements ReturnStatus {
        public Late {
            Objects.requireNonNull(used, "used");
            Objects.requireNonNull(receivedOn, "receivedOn");
        }

        @Override
        public Timeliness timeliness() {
            return Timeliness.LATE;
        }

        @Override
        public Optional<RecordedReturn> returnUsed() {
            return Optional.of(used);
        }
    }

    /**
     * Nothing for the cycle's month arrived by the cut-off. The latest earlier return is carried forward.
     *
     * @param carried      the latest version of the latest earlier month received by the cut-off; empty when there is none
     * @param monthsCarried whole months between the carried return's month and the cycle's month (≥ 1); 0 when nothing is carried
     */
    record Missing(String projectId, YearMonth cycleMonth, Optional<RecordedReturn> carried, int monthsCarried)
            implements ReturnStatus {

        private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);

        public Missing {
            Objects.requireNonNull(cycleMonth, "cycleMonth");
            Objects.requireNonNull(carried, "carried");
            if (carried.isPresent() != (monthsCarried > 0)) {
                throw new IllegalArgumentException("months carried " + monthsCarried + " does not match carried return " + carried);
            }
        }

        @Override
        public Timeliness timeliness() {
            return Timeliness.MISSING;
        }

        @Override
        public Optional<RecordedReturn> returnUsed() {
            return carried;
        }

        /** "carried forward from October 2026, not updated (2 months)", or "no return received" when nothing can be carried. */
        public String description() {
            return describe(carried.map(r -> r.content().reportingMonth()), monthsCarried);
        }

        /** The description of a missing return carried forward from that month (if any) for that many months. */
        static String describe(Optional<YearMonth> carriedFrom, int monthsCarried) {
            if (carriedFrom.isEmpty()) {
                return "no return received";
            }
            return "carried forward from " + MONTH.format(carriedFrom.get()) + ", not updated ("
                    + monthsCarried + (monthsCarried == 1 ? " month)" : " months)");
        }
    }
}
