package org.sendpmo.local.demo;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The local run's demo users, one per role, as configuration properties. Their passwords are in the
 * README: they are for trying the product on a laptop, never for data that matters. A deployment's own
 * users replace them (see the README's "Users, roles and sign-in").
 */
public final class DemoUsers {

    private DemoUsers() {
    }

    public static Map<String, Object> properties() {
        Map<String, Object> p = new LinkedHashMap<>();
        user(p, "office", "Priya Shah (programme office)", "priya.shah@example.org", "programme-office", "",
                "$2a$12$lHoStn3tVLjfNuB1FIhJ5eKjHwWuZUsUAFsd9c3JydYDfUgsm612e");
        user(p, "lead", "Sam Okafor (project lead)", "sam.okafor@example.org", "project-lead", "P01,P02,P03",
                "$2a$12$WNqLyqBSlJ/baGZf76UBUeLiOv7a2bF3EOsfOSO6Qt6q1BRBIuGe.");
        user(p, "board", "Alex Morgan (board member)", "alex.morgan@example.org", "board-member", "",
                "$2a$12$Z3qBM0Nv.0uZZZRgWgwkh.3lS3GzL8gjxOK7HGqLRqo3pu2Uve./C");
        user(p, "admin", "Jo Reid (administrator)", "jo.reid@example.org", "administrator", "",
                "$2a$12$mVrHbZ99.or3A9ruueqy/Oq2F4vT/FSaU8eUYtaUrVCOzdK00E3Pa");
        return p;
    }

    private static void user(Map<String, Object> p, String username, String name, String email, String role, String projects, String hash) {
        String prefix = "assurance.users." + username + ".";
        p.put(prefix + "name", name);
        p.put(prefix + "email", email);
        p.put(prefix + "roles", role);
        p.put(prefix + "password-hash", hash);
        if (!projects.isEmpty()) {
            p.put(prefix + "projects", projects);
        }
    }
}
