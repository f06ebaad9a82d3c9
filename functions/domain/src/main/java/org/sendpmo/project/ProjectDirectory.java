package org.sendpmo.project;

import java.util.List;
import java.util.Optional;

/** Port: the programme's project registry. */
public interface ProjectDirectory {

    Optional<Project> find(String projectId);

    /** All projects, ordered by id. */
    List<Project> all();

    /**
     * Inserts or replaces the project.
     *
     * @throws ProjectNameTaken when another project has the same {@link Project#nameKey name key}, which the
     *                          storage refuses whatever the caller checked before
     */
    void save(Project project);
}
