package org.sendpmo.pack;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sendpmo.project.Project;
import org.sendpmo.risk.RiskAssessor;

/** Builds the {@link BoardPages} of one cycle's pack from the same inputs as the rest of the pack. */
public final class BoardPagesAssembler {

    private final RiskPageBuilder risks;

    public BoardPagesAssembler(RiskAssessor risks) {
        this.risks = new RiskPageBuilder(risks);
    }

    public BoardPages assemble(PackAssembler.Inputs in) {
        Map<String, Project> projects = new LinkedHashMap<>();
        in.projects().forEach(p -> projects.put(p.id(), p));
        return new BoardPages(risks.build(in.register(), in.cycle(), projects));
    }
}
