package org.sendpmo.adapters.render;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sendpmo.pack.PackAssembler;
import org.sendpmo.pack.PackModel;
import org.sendpmo.project.ImprovementArea;
import org.sendpmo.project.Project;
import org.sendpmo.returns.Rag;
import org.sendpmo.returns.RecordedReturn;
import org.sendpmo.scoring.CriterionScores;

/**
 * Packs with as many projects as a test asks for: enough rows to paginate the board pages' long tables. Each
 * project with a return has a complete one received on 10 November (so it is ranked, on time and scored for data
 * quality); the projects after those have none.
 */
public final class LongPackFixtures {

    private LongPackFixtures() {
    }

    /** Every project with a return. */
    public static PackModel model(int projectCount) {
        return model(projectCount, 0, null);
    }

    /** {@code withReturn} projects with a return, then {@code withoutReturn} with none. */
    public static PackModel model(int withReturn, int withoutReturn) {
        return model(withReturn, withoutReturn, null);
    }

    /** Every project with a return, and the fixture register with a risk outside appetite on each project added. */
    public static PackModel modelWithRiskPerProject(int projectCount) {
        List<org.sendpmo.risk.RiskEntry> register = new ArrayList<>(PackRiskFixtures.register());
        register.addAll(PackRiskFixtures.outsideAppetite(projectCount));
        return model(projectCount, 0, null, register);
    }

    /**
     * Every project with a return, after a previous cycle in which each had another RAG status: as many RAG changes
     * as projects.
     */
    public static PackModel modelWithPreviousCycle(int projectCount) {
        List<RecordedReturn> september = new ArrayList<>();
        for (int i = 1; i <= projectCount; i++) {
            september.add(recorded(i, YearMonth.of(2026, 9), Rag.values()[(i + 1) % 3], "2026-10-09T09:00:00Z"));
        }
        List<org.sendpmo.board.ProjectStanding> before = PackFixtures.assembler().standings(projects(projectCount), september);
        return model(projectCount, 0, new PackAssembler.PreviousCycle(PackFixtures.PREVIOUS_CYCLE, before,
                PackRiskFixtures.register()));
    }

    private static PackModel model(int withReturn, int withoutReturn, PackAssembler.PreviousCycle previous) {
        return model(withReturn, withoutReturn, previous, PackRiskFixtures.register());
    }

    private static PackModel model(int withReturn, int withoutReturn, PackAssembler.PreviousCycle previous,
                                   List<org.sendpmo.risk.RiskEntry> register) {
        List<RecordedReturn> returns = new ArrayList<>();
        for (int i = 1; i <= withReturn; i++) {
            returns.add(recorded(i, PackFixtures.MONTH, Rag.values()[i % 3], "2026-11-10T09:30:00Z"));
        }
        return PackFixtures.assembler().assemble(new PackAssembler.Inputs(PackFixtures.CYCLE, "20261124T151600Z-long",
                PackFixtures.GENERATED_AT, projects(withReturn + withoutReturn), returns, org.sendpmo.pack.ReturnWindow.of(returns),
                register, Set.of(), Map.of(), previous, PackKpiFixtures.definitions(), PackKpiFixtures.values()));
    }

    private static List<Project> projects(int count) {
        List<Project> projects = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            projects.add(new Project(id(i), "Project " + i, i % 4, Set.of(ImprovementArea.values()[i % 9]), "Lead " + i));
        }
        return projects;
    }

    private static String id(int i) {
        return String.format("P%04d", i);
    }

    /** Scores spread over the levels, so the projects rank apart (with some ties). */
    private static RecordedReturn recorded(int i, YearMonth month, Rag rag, String receivedAt) {
        return PackFixtures.recorded(id(i), month, rag, CriterionScores.of(
                1 + i % 5, 1 + i / 5 % 5, 1 + i / 25 % 5, 3, 3, 3, 3, 3, 3, 3, 1 + i / 125 % 5), receivedAt);
    }
}
