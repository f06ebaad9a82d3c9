package org.sendpmo.api.access;

/**
 * The roles as the constants {@code @Secured} needs: each is {@link org.sendpmo.access.Role#groupName()}
 * (a test holds them equal), the name of the Cognito group in AWS and of the role in the local users.
 */
public final class Roles {

    public static final String PROJECT_LEAD = "project-lead";
    public static final String PROGRAMME_OFFICE = "programme-office";
    public static final String BOARD_MEMBER = "board-member";
    public static final String ADMINISTRATOR = "administrator";

    private Roles() {
    }
}
