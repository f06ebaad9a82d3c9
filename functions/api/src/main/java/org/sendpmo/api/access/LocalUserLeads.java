package org.sendpmo.api.access;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import org.sendpmo.chase.LeadContact;
import org.sendpmo.chase.ProjectLeads;

/**
 * A project's leads are the configured users with the project-lead role whose projects include it. In AWS,
 * where a user pool is configured, the pool's project-lead group is asked instead
 * ({@link org.sendpmo.adapters.cognito.CognitoProjectLeads}).
 */
@Singleton
@Requires(missingProperty = org.sendpmo.adapters.cognito.CognitoFactory.USER_POOL_ID)
public class LocalUserLeads implements ProjectLeads {

    private final LocalUserDirectory users;

    public LocalUserLeads(LocalUserDirectory users) {
        this.users = users;
    }

    @Override
    public List<LeadContact> forProject(String projectId) {
        return users.all().stream()
                .filter(u -> u.getRoles().contains(Roles.PROJECT_LEAD) && u.getProjects().contains(projectId))
                .map(u -> new LeadContact(u.getUsername(), u.getName(), u.getEmail()))
                .toList();
    }
}
