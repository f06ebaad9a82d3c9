package org.sendpmo.pack;

import java.util.Map;
import java.util.Objects;
import org.sendpmo.project.Project;

/**
 * A project named on a board page, with the relative path of its page from the build folder. A register
 * entry may name a project id the project list does not hold: it is shown as written, without a link.
 *
 * @param href the project's page ("projects/P01.html"), or null when the id is not in the project list
 */
public record ProjectLink(String id, String name, String href) {

    public ProjectLink {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    public static ProjectLink of(String projectId, Map<String, Project> projects) {
        Project p = projects.get(projectId);
        return p == null ? new ProjectLink(projectId, projectId + " (not in the project list)", null)
                : new ProjectLink(p.id(), p.name(), PackAssembler.projectPath(p));
    }

    public boolean linked() {
        return href != null;
    }
}
