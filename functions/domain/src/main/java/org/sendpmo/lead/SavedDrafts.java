package org.sendpmo.lead;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Port: the drafts people have saved. Writes join the caller's transaction. */
public interface SavedDrafts {

    Optional<SavedDraft> find(String username, String projectId, YearMonth month);

    /** Saves the draft, replacing the person's draft for the same project and month. */
    void save(SavedDraft draft);

    /** @return whether there was a draft to remove */
    boolean delete(String username, String projectId, YearMonth month);

    /** The person's drafts, latest saved first. */
    List<SavedDraft> forUser(String username);
}
