package org.sendpmo.adapters.cognito;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sendpmo.chase.LeadContact;
import org.sendpmo.chase.ProjectLeads;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersInGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

/**
 * In AWS, a project's leads are the user pool's {@code project-lead} group members whose
 * {@code custom:projects} attribute (comma-separated, as the api reads it from tokens) names the project;
 * chases go to their {@code email}. Disabled users are left out.
 *
 * <p>The group is listed once (every page: the SDK's paginator follows {@code NextToken}) and kept for
 * {@link #FRESH_FOR}: the outstanding-returns page and a chase ask for every outstanding project in turn,
 * and one listing serves them all, while a lead added in Cognito is seen within a minute. If Cognito
 * cannot be reached, the last listing is used when there is one, so a passing fault does not stop a chase.
 */
public final class CognitoProjectLeads implements ProjectLeads {

    /** The group (role) whose members lead projects. */
    public static final String LEAD_GROUP = "project-lead";
    static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private final CognitoIdentityProviderClient cognito;
    private final String userPoolId;
    private final Clock clock;
    private volatile Listing listing;

    public CognitoProjectLeads(CognitoIdentityProviderClient cognito, String userPoolId, Clock clock) {
        this.cognito = cognito;
        this.userPoolId = userPoolId;
        this.clock = clock;
    }

    @Override
    public List<LeadContact> forProject(String projectId) {
        return leads().stream().filter(lead -> lead.projects().contains(projectId)).map(Lead::contact).toList();
    }

    private List<Lead> leads() {
        Listing current = listing;
        Instant now = clock.instant();
        if (current != null && now.isBefore(current.listedAt().plus(FRESH_FOR))) {
            return current.leads();
        }
        try {
            List<Lead> leads = list();
            listing = new Listing(now, leads);
            return leads;
        } catch (SdkException e) {
            if (current != null) {
                return current.leads();
            }
            throw new IllegalStateException("Could not list the project leads in Cognito user pool " + userPoolId
                    + " (ListUsersInGroup " + LEAD_GROUP + "): " + e.getMessage(), e);
        }
    }

    private List<Lead> list() {
        List<Lead> leads = new ArrayList<>();
        ListUsersInGroupRequest request = ListUsersInGroupRequest.builder().userPoolId(userPoolId).groupName(LEAD_GROUP).build();
        for (UserType user : cognito.listUsersInGroupPaginator(request).users()) {
            if (Boolean.FALSE.equals(user.enabled())) {
                continue;
            }
            leads.add(new Lead(new LeadContact(user.username(), attribute(user, "name"), attribute(user, "email")),
                    projects(attribute(user, "custom:projects"))));
        }
        leads.sort(Comparator.comparing(lead -> lead.contact().username()));
        return List.copyOf(leads);
    }

    private static String attribute(UserType user, String name) {
        return user.attributes().stream().filter(a -> name.equals(a.name())).map(AttributeType::value).findFirst().orElse("");
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

    private record Listing(Instant listedAt, List<Lead> leads) {
    }
}
