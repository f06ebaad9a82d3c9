package org.sendpmo.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;

/**
 * Who the api tests' HTTP client is signed in as (see {@link SignedInClient}): one of the users
 * {@link ApiTestSupport#properties} configures, or nobody. Each test starts as the programme office.
 */
@Singleton
@Requires(env = Environment.TEST)
public class TestIdentity {

    private volatile String username = ApiTestSupport.OFFICE;
    private volatile boolean sendsCsrfToken = true;

    public void as(String user) {
        this.username = user;
        this.sendsCsrfToken = true;
    }

    public void nobody() {
        this.username = null;
        this.sendsCsrfToken = true;
    }

    /** Signed in, but the requests carry no CSRF token (as a forged cross-site post would not). */
    public void withoutCsrfToken() {
        this.sendsCsrfToken = false;
    }

    String username() {
        return username;
    }

    boolean sendsCsrfToken() {
        return sendsCsrfToken;
    }
}
