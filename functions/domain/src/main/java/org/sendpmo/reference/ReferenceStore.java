package org.sendpmo.reference;

import java.util.List;

/** Port: the values the programme office set on the reference lists. */
public interface ReferenceStore {

    /** The list's values as set, ordered by code; a code never set is absent. */
    List<ReferenceEntry> entries(ReferenceList list);

    /** Sets the value, replacing any before it. */
    void save(ReferenceEntry entry);

    /** Clears the value: the code falls back to the configured default. */
    void clear(ReferenceList list, String code);
}
