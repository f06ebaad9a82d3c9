package org.sendpmo.pack;

import java.util.Optional;

/** Port: each build's PDF board pack job, its latest state (one a build). */
public interface BoardPackJobStore {

    Optional<BoardPackJob> find(String buildId);

    /** Records the job, replacing the build's earlier one. */
    void save(BoardPackJob job);
}
