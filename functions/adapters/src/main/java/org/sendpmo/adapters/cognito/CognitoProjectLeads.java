package org.sendpmo.adapters.cognito;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sendpmo.chase.LeadContact;
import org.sendpmo.chase.ProjectLeads;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

/**
 * In AWS, a project's leads are the user pool's {@code project-lead} group members whose
 * {@code custom:projects} attribute (comma-separated, as the api reads it from tokens) names the project;
 * chases go to their {@code email}. Disabled users are left out.
 *
 * <p>The group is listed once (every page) and kept for a minute ({@link PoolListing}): the outstanding-returns
 * page and a chase ask for every outstanding project in turn, and one listing serves them all. If Cognito
 * cannot be reached, the last listing is used when there is one, so a passing fault does not stop a chase.
 */
public final class CognitoProjectLeads implements ProjectLeads {

    /** The group (role) whose members lead projects. */
    public static final String LEAD_GROUP = "project-lead";

    private final PoolListing<List<Lead>> leads;

    public CognitoProjectLeads(CognitoIdentityProviderClient cognito, String userPoolId, Clock clock) {
        UserPool pool = new UserPool(cognito, userPoolId);
        this.leads = new PoolListing<>(clock, "list the project leads in Cognito user pool " + userPoolId
                + " (ListUsersInGroup " + LEAD_GROUP + ")", () -> list(pool));
    }

    @Override
    public List<LeadContact> forProject(String projectId) {
        return leads.get().stream().filter(lead -> lead.projects().contains(projectId)).map(Lead::contact).toList();
    }

    private static List<Lead> list(UserPool pool) {
        return pool.members(LEAD_GROUP).stream()
                .map(user -> new Lead(contact(user), projects(UserPool.attribute(user, "custom:projects"))))
                .sorted(Comparator.comparing(lead -> lead.contact().username()))
                .toList();
    }

    private static LeadContact contact(UserType user) {
        return new LeadContact(user.username(), UserPool.attribute(user, "name"), UserPool.attribute(user, "email"));
    }

    private static Set<String> projects(String attribute) {
        Set<String> projects = new LinkedHashSet<>();
        for (String p : attribute.split(",")) {
            if (!p.isBlank()) {
                projects.add(p.trim());
            }
        }
        return projects;
    }

    private record Lead(LeadContact contact, Set<String> projects) {
    }
}
