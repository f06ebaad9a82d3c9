package org.sendpmo.api.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.time.Clock;
import java.time.Instant;
import org.sendpmo.audit.AuditAction;
import org.sendpmo.audit.AuditEntry;
import org.sendpmo.audit.AuditLog;
import org.sendpmo.api.web.Html;
import org.sendpmo.api.web.MessagePage;

/**
 * Where Cognito's managed login pages send the browser back ({@code redirect_uri}): the flow is
 * completed and checked by {@link CognitoSignIn}, and the verified ID token becomes the session cookie.
 * Every sign-in and every refusal is in the audit log, as on the local sign-in page. Without Cognito
 * configured (the local run) there is nothing here: 404.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.TEXT_HTML)
public class CognitoCallbackController {

    private static final String TRY_AGAIN = "Sign-in did not complete. Go to the start page to sign in again; "
            + "if this keeps happening, ask the programme office.";

    private final CognitoSettings cognito;
    private final CognitoSignIn hostedSignIn;
    private final SessionCookies sessions;
    private final AuditLog audit;
    private final MessagePage messages;
    private final Clock clock;

    public CognitoCallbackController(CognitoSettings cognito, CognitoSignIn hostedSignIn, SessionCookies sessions, AuditLog audit,
                                     MessagePage messages, Clock clock) {
        this.cognito = cognito;
        this.hostedSignIn = hostedSignIn;
        this.sessions = sessions;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @Get("/sign-in/callback{?code,state,error}")
    public HttpResponse<String> callback(HttpRequest<?> request, @Nullable @QueryValue String code, @Nullable @QueryValue String state,
                                         @Nullable @QueryValue String error) {
        if (!cognito.enabled()) {
            return Html.page(HttpStatus.NOT_FOUND, messages.render("Page not found",
                    "This service signs people in with its own page here: go to the start page."));
        }
        String address = Transport.clientAddress(request);
        String flow = request.getCookies().findCookie(CognitoSignIn.FLOW_COOKIE).map(Cookie::getValue).orElse(null);
        Cookie endFlow = hostedSignIn.endFlow(request);
        if (error != null) {
            // e.g. access_denied: Cognito refused the person, or they cancelled
            record(AuditAction.SIGN_IN_REFUSED, "", "Cognito answered " + error + ", from " + address);
            return Html.page(HttpStatus.UNAUTHORIZED, messages.render("Sign-in did not complete", TRY_AGAIN)).cookie(endFlow);
        }
        try {
            CognitoSignIn.SignedIn signedIn = hostedSignIn.complete(code, state, flow);
            String username = String.valueOf(signedIn.claims().getClaim(CurrentActor.COGNITO_USERNAME));
            record(AuditAction.SIGNED_IN, username, "through Cognito, from " + address);
            Instant expires = signedIn.claims().getExpirationTime().toInstant();
            // one cookie per response: API Gateway's payload 2.0 keeps one Set-Cookie header (the proxy
            // sends no cookies list), so the used flow cookie is left to expire; its code is spent at Cognito
            return Html.seeOther(signedIn.next()).cookie(sessions.signIn(signedIn.idToken(), expires, clock.instant(), request));
        } catch (CognitoSignIn.Refused refused) {
            record(AuditAction.SIGN_IN_REFUSED, refused.username(), refused.getMessage() + ", from " + address);
            return Html.page(HttpStatus.BAD_REQUEST, messages.render("Sign-in did not complete", TRY_AGAIN)).cookie(endFlow);
        }
    }

    private void record(AuditAction action, String username, String detail) {
        audit.record(new AuditEntry(clock.instant(), username.isEmpty() ? "(unknown)" : username, action, "sign-in", null, detail));
    }
}
