package org.sendpmo.api.access;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.crypto.bcrypt.BCrypt;

/** Checks a username and password against the configured local users. */
@Singleton
public class LocalUserDirectory {

    /**
     * Checked when the username is unknown, so that an unknown name takes as long as a wrong password
     * and response times do not tell which usernames exist.
     */
    private static final String DUMMY_HASH = BCrypt.hashpw("not a password", BCrypt.gensalt(12));

    private final Map<String, LocalUser> users;

    public LocalUserDirectory(List<LocalUser> users) {
        this.users = users.stream().collect(Collectors.toUnmodifiableMap(LocalUser::getUsername, Function.identity()));
    }

    /** @return the user when the password is theirs; empty for an unknown user or a wrong password */
    public Optional<LocalUser> verify(String username, String password) {
        LocalUser user = users.get(username);
        String hash = user == null || !isBcrypt(user.getPasswordHash()) ? DUMMY_HASH : user.getPasswordHash();
        boolean matches = BCrypt.checkpw(password, hash);
        return user != null && matches && hash != DUMMY_HASH ? Optional.of(user) : Optional.empty();
    }

    public Optional<LocalUser> find(String username) {
        return Optional.ofNullable(users.get(username));
    }

    /** Every configured user, by username. */
    public List<LocalUser> all() {
        return users.values().stream().sorted(java.util.Comparator.comparing(LocalUser::getUsername)).toList();
    }

    public boolean isEmpty() {
        return users.isEmpty();
    }

    private static boolean isBcrypt(String hash) {
        return hash != null && hash.matches("\\$2[aby]?\\$\\d\\d\\$.{53}");
    }
}
