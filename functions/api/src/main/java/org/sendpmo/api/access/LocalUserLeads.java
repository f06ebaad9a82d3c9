package org.sendpmo.api.access;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import org.sendpmo.chase.LeadContact;
import org.sendpmo.chase.ProjectLeads;
import org.sendpmo.project.ProjectDirectory;

/**
 * A project's leads are the configured users with the project-lead role whose projects include it, and the user the
 * project registry names as its lead. In AWS, where a user pool is configured, the pool's project-lead group is
 * asked instead ({@link org.sendpmo.adapters.cognito.CognitoProjectLeads}).
 */
@Singleton
@Requires(missingProperty = org.sendpmo.adapters.cognito.CognitoFactory.USER_POOL_ID)
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
