package org.sendpmo.access;

import java.util.Locale;
import java.util.Optional;

/**
 * Who may do what. In AWS each role is an Amazon Cognito user pool group of the same name; in the local
 * run each configured user lists theirs.
 */
public enum Role {
    /** Submits and reads returns for their own projects only. */
    PROJECT_LEAD,
    /** Runs board cycles: uploads, builds, chasing, judgements, the audit log. */
    PROGRAMME_OFFICE,
    /** Reads the assurance packs. */
    BOARD_MEMBER,
    /** Manages users; may do everything the programme office may. */
    ADMINISTRATOR;

    /** The name used in tokens, configuration and Cognito groups: {@code programme-office}. */
    public String groupName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Role> fromGroupName(String group) {
        for (Role role : values()) {
            if (role.groupName().equalsIgnoreCase(group == null ? "" : group.trim())) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
