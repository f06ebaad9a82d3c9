package org.sendpmo.api.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.sendpmo.adapters.config.SiteConfig;
import org.sendpmo.adapters.render.Pages;
import org.sendpmo.audit.AuditAction;
import org.sendpmo.audit.AuditEntry;
import org.sendpmo.audit.AuditLog;
import org.sendpmo.api.web.Html;

/**
 * Sign in and out. With Cognito configured (in AWS) the sign-in page sends the browser to the user
 * pool's managed login pages ({@link CognitoSignIn}, {@link CognitoCallbackController}) and sign-out
 * ends Cognito's session too; otherwise it is the local run's own form. On that form a wrong username
 * and a wrong password get the same answer, so the page does not tell which usernames exist; repeated failures are throttled ({@link SignInThrottle});
 * each sign-in and each refusal is in the audit log.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.TEXT_HTML)
public class SignInController {

    private static final String WRONG = "Enter a username and password that match a user of this service";

    private final LocalUserDirectory users;
    private final SignInThrottle throttle;
    private final SessionCookies sessions;
    private final AuditLog audit;
    private final Pages pages;
    private final SiteConfig site;
    private final Clock clock;
    private final CognitoSettings cognito;
    private final CognitoSignIn hostedSignIn;

    public SignInController(LocalUserDirectory users, SignInThrottle throttle, SessionCookies sessions, AuditLog audit,
                            Pages pages, SiteConfig site, Clock clock, CognitoSettings cognito, CognitoSignIn hostedSignIn) {
        this.users = users;
        this.throttle = throttle;
        this.sessions = sessions;
        this.audit = audit;
        this.pages = pages;
        this.site = site;
        this.clock = clock;
        this.cognito = cognito;
        this.hostedSignIn = hostedSignIn;
    }

    @Get("/sign-in{?next}")
    public HttpResponse<String> form(HttpRequest<?> request, @Nullable @QueryValue String next) {
        if (cognito.enabled()) {
            // in AWS: the user pool's managed login pages, then back to /sign-in/callback
            CognitoSignIn.Start start = hostedSignIn.start(next, request);
            return Html.seeOther(start.authorizeUrl().toString()).cookie(start.flowCookie());
        }
        String status = users.isEmpty() ? "No users are set up for this service yet: see the README's section on users." : "";
        return Html.ok(page(safeNext(next), "", "", status));
    }

    @Post("/sign-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> signIn(HttpRequest<?> request, @Body Map<String, String> form) {
        String username = form.getOrDefault("username", "").trim();
        String password = form.getOrDefault("password", "");
        String next = safeNext(form.get("next"));
        String address = Transport.clientAddress(request);
        Duration wait = throttle.waitBefore(username, address);
        if (!wait.isZero()) {
            record(AuditAction.SIGN_IN_REFUSED, username, "too many failed attempts from " + address);
            return Html.page(HttpStatus.TOO_MANY_REQUESTS, page(next, username, "Too many failed attempts. Try again in "
                    + minutes(wait) + ", or ask the programme office to check your username.", ""))
                    .header("Retry-After", String.valueOf(Math.max(1, wait.toSeconds())));
        }
        Optional<LocalUser> user = users.verify(username, password);
        if (user.isEmpty()) {
            throttle.failed(username, address);
            record(AuditAction.SIGN_IN_REFUSED, username, "wrong username or password, from " + address);
            return Html.page(HttpStatus.UNAUTHORIZED, page(next, username, WRONG, ""));
        }
        throttle.succeeded(username);
        record(AuditAction.SIGNED_IN, user.get().getUsername(), "from " + address);
        return Html.seeOther(next).cookie(sessions.signIn(user.get(), request));
    }

    @Post("/sign-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(SecurityRule.IS_ANONYMOUS)
    public HttpResponse<String> signOut(HttpRequest<?> request) {
        // with Cognito, its logout endpoint ends its own session too, or its pages would sign the person
        // straight back in; it then sends the browser to the sign-out URL the app client allows
        String then = cognito.enabled() ? cognito.logoutUrl().toString() : "/sign-in";
        return Html.seeOther(then).cookie(sessions.signOut(request));
    }

    private String page(String next, String username, String error, String status) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Sign in");
        model.put("programmeName", site.getProgrammeName());
        model.put("next", next);
        model.put("username", username);
        model.put("error", error);
        model.put("status", status);
        return pages.render("app/sign-in.ftlh", model);
    }

    private void record(AuditAction action, String username, String detail) {
        audit.record(new AuditEntry(clock.instant(), username.isEmpty() ? "(blank)" : username, action, "sign-in", null, detail));
    }

    /** Only a path on this site: never another site ("//evil", "https://…"), so sign-in cannot redirect away. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\") || next.contains("\n")
                || next.contains("\r")) {
            return "/";
        }
        return next;
    }

    private static String minutes(Duration wait) {
        long m = Math.max(1, (wait.toSeconds() + 59) / 60);
        return m == 1 ? "1 minute" : m + " minutes";
    }
}
