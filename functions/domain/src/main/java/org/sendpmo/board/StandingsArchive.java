package org.sendpmo.board;

import java.util.List;

/**
 * Port: what each published build showed the board, project by project, with the methodology version
 * it was computed under, so the next cycle's changes are measured against what the board actually saw.
 */
public interface StandingsArchive {

    void save(String buildId, List<ProjectStanding> standings);

    /** Empty when the build kept none (it failed, or predates this archive). */
    List<ProjectStanding> forBuild(String buildId);
}
