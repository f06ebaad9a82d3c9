package org.sendpmo.project;

import java.util.List;
import java.util.Optional;

/** Port: the programme's project registry. */
public interface ProjectDirectory {

    Optional<Project> find(String projectId);

    /** All projects, ordered by id. */
    List<Project> all();

    void save(Project project);
}
