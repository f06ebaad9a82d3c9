package org.sendpmo.project;

import java.util.Set;

/**
 * Port: the projects the registry names a user as lead of. A project lead may report on these as well as on
 * those their sign-in (configuration or the identity provider's claim) lists.
 */
public interface ProjectLeadership {

    /** Ids of the projects whose registry lead is {@code username}; empty for nobody. */
    Set<String> ledBy(String username);
}
