package org.sendpmo.adapters.jdbc;

import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sendpmo.project.ImprovementArea;
import org.sendpmo.project.MinisterialPriority;
import org.sendpmo.project.Project;
import org.sendpmo.project.ProjectDirectory;
import org.sendpmo.project.ProjectLeadership;
import org.sendpmo.project.ProjectNameTaken;
import org.sendpmo.project.ProjectStage;
import org.sendpmo.storage.StorageUnavailable;

@Singleton
public class JdbcProjectDirectory implements ProjectDirectory, ProjectLeadership {

    /** The unique index on {@code project.name_key} (migration V12). */
    static final String NAME_KEY = "project_name_key_uq";

    private final ProjectRows rows;
    private final JdbcStorage storage;

    public JdbcProjectDirectory(ProjectRows rows, JdbcStorage storage) {
        this.rows = rows;
        this.storage = storage;
    }

    @Override
    public Optional<Project> find(String projectId) {
        return storage.read(() -> rows.findById(projectId).map(JdbcProjectDirectory::toProject));
    }

    @Override
    public List<Project> all() {
        return storage.read(() -> rows.listOrdered().stream().map(JdbcProjectDirectory::toProject).toList());
    }

    @Override
    public Set<String> ledBy(String username) {
        return storage.read(() -> Set.copyOf(rows.idsLedBy(username)));
    }

    /** Inserts or replaces the project. */
    @Override
    public void save(Project project) {
        ProjectRow row = new ProjectRow(project.id(), project.name(), project.operationalGroup(), project.lead(),
                codes(project.improvementAreas()), project.description(), project.leadUsername(),
                codes(project.priorities()), project.stage().name(), project.startDate(), project.plannedEndDate(),
                project.closedOn(), String.join(",", new TreeSet<>(project.dependencies())), Project.nameKey(project.name()));
        try {
            storage.write(() -> rows.existsById(row.id()) ? rows.update(row) : rows.save(row));
        } catch (StorageUnavailable e) {
            if (UniqueKeys.violated(e, NAME_KEY)) {
                throw new ProjectNameTaken(project.name());
            }
            throw e;
        }
    }

    private static <E extends Enum<E>> String codes(Set<E> values) {
        // sorted in declaration order, so equal sets give equal text
        return values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static Project toProject(ProjectRow row) {
        return new Project(row.id(), row.name(), row.description(), row.operationalGroup(),
                parse(row.improvementAreas(), ImprovementArea::valueOf, ImprovementArea.class),
                parse(row.ministerialPriorities(), MinisterialPriority::valueOf, MinisterialPriority.class),
                row.lead(), row.leadUsername(), ProjectStage.valueOf(row.stage()), row.startDate(), row.plannedEndDate(),
                row.dependsOn().isBlank() ? Set.of() : Set.of(row.dependsOn().split(",")), row.closedOn());
    }

    private static <E extends Enum<E>> Set<E> parse(String text, Function<String, E> valueOf, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        if (!text.isBlank()) {
            Arrays.stream(text.split(",")).map(String::trim).map(valueOf).forEach(set::add);
        }
        return set;
    }
}
