package org.sendpmo.api.access;

import jakarta.inject.Singleton;
import java.util.List;
import org.sendpmo.chase.LeadContact;
import org.sendpmo.chase.ProjectLeads;
import org.sendpmo.project.ProjectDirectory;

/**
 * A project's leads are the configured users with the project-lead role whose projects include it, and the user the
 * project registry names as its lead. In AWS,
 * where people are Cognito users and none is configured, no project has a lead here yet (a Cognito lookup
 * comes with the infrastructure issue), so a chase is refused saying nobody is on record.
 */
@Singleton
public class LocalUserLeads implements ProjectLeads {

    private final LocalUserDirectory users;
    private final ProjectDirectory projects;

    public LocalUserLeads(LocalUserDirectory users, ProjectDirectory projects) {
        this.users = users;
        this.projects = projects;
    }

    @Override
    public List<LeadContact> forProject(String projectId) {
        String registryLead = projects.find(projectId).map(p -> p.leadUsername()).orElse("");
        return users.all().stream()
                .filter(u -> u.getUsername().equals(registryLead)
                        || u.getRoles().contains(Roles.PROJECT_LEAD) && u.getProjects().contains(projectId))
                .map(u -> new LeadContact(u.getUsername(), u.getName(), u.getEmail()))
                .toList();
    }
}
