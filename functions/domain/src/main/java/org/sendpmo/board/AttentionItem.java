package org.sendpmo.board;

import java.util.List;
import org.sendpmo.project.Project;

/** A project the board must look at first (methodology §6), with every reason it is on the list. */
public record AttentionItem(Project project, List<String> reasons) {

    public AttentionItem {
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException(project.id() + " is on the attention list without a reason");
        }
    }
}
