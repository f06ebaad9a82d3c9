package org.sendpmo.project;

import java.util.List;
import org.sendpmo.returns.Problem;

/** What happened to a change the programme office made to the project registry. */
public sealed interface RegistryOutcome {

    /** Stored, with its audit entries. */
    record Saved(List<Project> projects) implements RegistryOutcome {
        public Saved {
            projects = List.copyOf(projects);
        }

        public Project project() {
            return projects.get(0);
        }
    }

    /** Every problem on its own field (a form) or row (an import, field {@code row 3: name}); nothing stored. */
    record Rejected(List<Problem> problems) implements RegistryOutcome {
        public Rejected {
            problems = List.copyOf(problems);
        }
    }

    /** No project with that id to change. */
    record NotFound(String id) implements RegistryOutcome {
    }
}
