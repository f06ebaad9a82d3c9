package org.sendpmo.pack;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.sendpmo.returns.DataQualityScore;

/**
 * The returns page (methodology §3): every project's return status for the cycle, grouped on time, late
 * and missing, and the data-quality score of every return received this cycle with the checks it failed.
 *
 * @param dueDate   the day returns were due (inclusive)
 * @param cutOff    the last day a return counted (inclusive)
 * @param onTime    projects whose return used arrived by the due date, in project order
 * @param late      projects whose return used arrived after the due date and by the cut-off, most working days late first
 * @param missing   projects with no return for the month by the cut-off: none ever received first, then the longest carried
 * @param quality   every return received this cycle, lowest score first, then by project id
 */
public record ReturnsPage(LocalDate dueDate, LocalDate cutOff, List<Row> onTime, List<Row> late, List<Row> missing,
                          List<QualityRow> quality) {

    public ReturnsPage {
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(cutOff, "cutOff");
        onTime = List.copyOf(onTime);
        late = List.copyOf(late);
        missing = List.copyOf(missing);
        quality = List.copyOf(quality);
    }

    public int projectCount() {
        return onTime.size() + late.size() + missing.size();
    }

    /**
     * A reminder the programme office sent a project lead. Recorded by the cycle workflow (a later issue): until
     * then no chase is recorded and the page says so, rather than showing anything made up.
     *
     * @param by   who chased
     * @param note how, and what was asked
     */
    public record Chase(LocalDate on, String by, String note) {
        public Chase {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(note, "note");
        }
    }

    /**
     * One project's return status.
     *
     * @param receivedOn      the day the return used arrived; null when missing
     * @param workingDaysLate working days after the due date (0 unless late)
     * @param carriedFrom     the month of the return carried forward; null unless missing with an earlier return
     * @param monthsCarried   how many months old the carried return is (0 when nothing is carried)
     * @param chases          the reminders sent for this cycle, oldest first (none recorded yet)
     */
    public record Row(ProjectLink project, LocalDate receivedOn, int workingDaysLate, YearMonth carriedFrom,
                      int monthsCarried, List<Chase> chases) {
        public Row {
            Objects.requireNonNull(project, "project");
            chases = List.copyOf(chases);
        }

        public boolean carried() {
            return carriedFrom != null;
        }

        /** "1 month" or "3 months": how old the carried return is. */
        public String ageLabel() {
            return monthsCarried + (monthsCarried == 1 ? " month" : " months");
        }

        /** "1 working day" or "4 working days". */
        public String lateLabel() {
            return workingDaysLate + (workingDaysLate == 1 ? " working day" : " working days");
        }
    }

    /** A return's data-quality score out of 100, with every check it failed named and explained. */
    public record QualityRow(ProjectLink project, int score, List<DataQualityScore.FailedCheck> failed) {
        public QualityRow {
            Objects.requireNonNull(project, "project");
            failed = List.copyOf(failed);
        }
    }
}
