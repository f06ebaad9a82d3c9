package org.sendpmo.adapters.jdbc;

import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sendpmo.project.ImprovementArea;
import org.sendpmo.project.Project;
import org.sendpmo.project.ProjectDirectory;

@Singleton
public class JdbcProjectDirectory implements ProjectDirectory {

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

    /** Inserts or replaces the project. */
    @Override
    public void save(Project project) {
        ProjectRow row = new ProjectRow(project.id(), project.name(), project.operationalGroup(), project.lead(),
                areas(project.improvementAreas()));
        storage.write(() -> rows.existsById(row.id()) ? rows.update(row) : rows.save(row));
    }

    private static String areas(Set<ImprovementArea> areas) {
        // EnumSet iterates in declaration order, so equal sets give equal text.
        return areas.isEmpty() ? "" : EnumSet.copyOf(areas).stream().map(ImprovementArea::code).collect(Collectors.joining(","));
    }

    private static Project toProject(ProjectRow row) {
        Set<ImprovementArea> areas = row.improvementAreas().isBlank() ? Set.of()
                : Arrays.stream(row.improvementAreas().split(",")).map(String::trim).map(ImprovementArea::valueOf)
                .collect(Collectors.toSet());
        return new Project(row.id(), row.name(), row.operationalGroup(), areas, row.lead());
    }
}
