package org.sendpmo.adapters.cognito;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersInGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

/**
 * The enabled users of one Cognito user pool, read every page (the SDK's paginators follow {@code NextToken}).
 * Disabled users are left out: they cannot sign in, so they lead nothing and are no one to choose.
 */
final class UserPool {

    private final CognitoIdentityProviderClient cognito;
    private final String id;

    UserPool(CognitoIdentityProviderClient cognito, String id) {
        this.cognito = cognito;
        this.id = id;
    }

    String id() {
        return id;
    }

    /** The enabled members of a group ({@code ListUsersInGroup}). */
    List<UserType> members(String group) {
        return enabled(cognito.listUsersInGroupPaginator(ListUsersInGroupRequest.builder().userPoolId(id).groupName(group).build())
                .users());
    }

    /** Every enabled user of the pool ({@code ListUsers}). */
    List<UserType> users() {
        return enabled(cognito.listUsersPaginator(ListUsersRequest.builder().userPoolId(id).build()).users());
    }

    /** An attribute's value, empty when the user has none. */
    static String attribute(UserType user, String name) {
        return user.attributes().stream().filter(a -> name.equals(a.name())).map(AttributeType::value).findFirst().orElse("");
    }

    private static List<UserType> enabled(Iterable<UserType> users) {
        List<UserType> enabled = new ArrayList<>();
        for (UserType user : users) {
            if (!Boolean.FALSE.equals(user.enabled())) {
                enabled.add(user);
            }
        }
        return enabled;
    }
}
