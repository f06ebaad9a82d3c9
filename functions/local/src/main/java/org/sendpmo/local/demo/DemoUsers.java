package org.sendpmo.local.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The local run's demo users, as configuration properties: one per role, and a project lead for each accountable role
 * of the Operational Groups (domain facts §4.1) so that every demo project's lead is someone who can sign in. Every
 * password is {@code <username>-demo}, as the README says: they are for trying the product on a laptop, never for
 * data that matters. A deployment's own users replace them (see the README's "Users, roles and sign-in").
 */
public final class DemoUsers {

    /** A demo user; {@code projects} are those their sign-in lists, comma separated ("" for none). */
    public record User(String username, String name, String email, String role, String projects, String passwordHash) {
    }

    /** Leads P01 to P03 (and is the lead the README's walk-throughs sign in as). */
    public static final User LEAD = new User("lead", "Sam Okafor (project lead)", "sam.okafor@example.org", "project-lead",
            "P01,P02,P03", "$2a$12$WNqLyqBSlJ/baGZf76UBUeLiOv7a2bF3EOsfOSO6Qt6q1BRBIuGe.");

    /** The demo leads of the other projects, by the accountable role that leads them (see {@link DemoProjects}). */
    private static final Map<String, User> LEADS_BY_ROLE = Map.of(
            "AD Specialist Children's Services", new User("ad-scs", "Ruth Adeyemi (AD Specialist Children's Services)",
                    "ruth.adeyemi@example.org", "project-lead", "", "$2a$12$wlXqkw1.Zi3t5HkUdaF6l.aVKJ6nadUACY9RVcdGqp49ML197x.o."),
            "Director for Education and SEN", new User("director-education", "Tom Hughes (Director for Education and SEN)",
                    "tom.hughes@example.org", "project-lead", "", "$2a$12$ye610muVR/7hk191nmd5UupsgV0XwidArAQ6BSQsQb244DSFLU0S2"),
            "Director for Integrated Children's Services", new User("director-ics",
                    "Nadia Khan (Director for Integrated Children's Services)", "nadia.khan@example.org", "project-lead", "",
                    "$2a$12$8EHdwkjChn6PNjYTxzKTXu2bS2tBdr7v9bZOmFQOltcuRXz.ComTS"),
            "SEND Transformation Programme Manager", new User("programme-manager",
                    "Chris Patel (SEND Transformation Programme Manager)", "chris.patel@example.org", "project-lead", "",
                    "$2a$12$fpLtdVy1q4oXMtiu9c8y1Ocfv62kHFww8dHIylyKlDMwvHdLspqO6"));

    private DemoUsers() {
    }

    /** Everyone, by username. */
    public static List<User> all() {
        List<User> users = new java.util.ArrayList<>(List.of(
                new User("office", "Priya Shah (programme office)", "priya.shah@example.org", "programme-office", "",
                        "$2a$12$lHoStn3tVLjfNuB1FIhJ5eKjHwWuZUsUAFsd9c3JydYDfUgsm612e"),
                LEAD,
                new User("board", "Alex Morgan (board member)", "alex.morgan@example.org", "board-member", "",
                        "$2a$12$Z3qBM0Nv.0uZZZRgWgwkh.3lS3GzL8gjxOK7HGqLRqo3pu2Uve./C"),
                new User("admin", "Jo Reid (administrator)", "jo.reid@example.org", "administrator", "",
                        "$2a$12$mVrHbZ99.or3A9ruueqy/Oq2F4vT/FSaU8eUYtaUrVCOzdK00E3Pa")));
        users.addAll(LEADS_BY_ROLE.values());
        users.sort(java.util.Comparator.comparing(User::username));
        return users;
    }

    /** The demo user who leads the projects of an accountable role. */
    static User leadFor(String role) {
        User lead = LEADS_BY_ROLE.get(role);
        if (lead == null) {
            throw new IllegalArgumentException("no demo lead for the role '" + role + "'");
        }
        return lead;
    }

    public static Map<String, Object> properties() {
        Map<String, Object> p = new LinkedHashMap<>();
        all().forEach(user -> user(p, user));
        return p;
    }

    private static void user(Map<String, Object> p, User user) {
        String prefix = "assurance.users." + user.username() + ".";
        p.put(prefix + "name", user.name());
        p.put(prefix + "email", user.email());
        p.put(prefix + "roles", user.role());
        p.put(prefix + "password-hash", user.passwordHash());
        if (!user.projects().isEmpty()) {
            p.put(prefix + "projects", user.projects());
        }
    }
}
