package org.sendpmo.risk;

import java.time.LocalDate;
import java.util.List;

/**
 * The programme's risk and issue register, kept in versions. Recording an entry that differs from its
 * latest version adds a new version; earlier versions are kept, so a past cycle's pack can be rebuilt
 * from the register as it stood at that cycle's cut-off.
 */
public interface RiskRegister {

    /** One stored version of an entry, with the date it was recorded as at. */
    record RecordedEntry(RiskEntry entry, int version, LocalDate recordedOn) {
    }

    /**
     * Records a whole register snapshot, or just the entries that changed: each entry that differs from its
     * latest version (or is new) becomes a new version recorded on {@code recordedOn}; an unchanged entry
     * is not recorded again. An entry absent from the list is left as it was: the register closes entries
     * ({@link EntryStatus#CLOSED}) rather than deleting them.
     *
     * @return the versions added
     * @throws IllegalArgumentException when the list holds the same id twice, or {@code recordedOn} is
     *                                  before the date of an entry's latest version (versions go forward in time)
     */
    List<RecordedEntry> record(List<RiskEntry> entries, LocalDate recordedOn);

    /** The latest version of each entry recorded on or before the cut-off, ordered by entry id. */
    List<RiskEntry> asAt(LocalDate cutOff);

    /** Every version of one entry, oldest first; empty when unknown. */
    List<RecordedEntry> history(String entryId);
}
