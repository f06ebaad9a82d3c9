package org.sendpmo.api;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stand-in for an Amazon Cognito user pool on loopback, since no Cognito runs locally: a JDK HTTP
 * server answering the three endpoints the api uses, as Cognito documents them: the pool's JWKS
 * ({@code /.well-known/jwks.json}), the managed login pages' {@code /oauth2/authorize} (which here
 * signs in, at once, whoever the test chose, and redirects back with a code and the state) and
 * {@code /oauth2/token} (which checks the code, client, redirect URI and PKCE verifier, and answers an
 * RS256 ID token carrying the nonce, the groups and {@code custom:projects}). Tests can make it
 * misbehave as an attacker's provider would: sign with another key, or put another nonce in the token.
 */
final class CognitoStandIn implements AutoCloseable {

    static final String ISSUER = "https://cognito-idp.eu-west-2.amazonaws.com/eu-west-2_TestPool";
    static final String CLIENT_ID = "web-app-client-id";

    /** A person in the pool: username, groups, and a lead's projects (null for none). */
    record Person(String username, List<String> groups, String projects) {
    }

    private record Pending(String clientId, String redirectUri, String challenge, String nonce, Person person) {
    }

    final RSAKey poolKey = rsaKey("pool-key");
    /** Another key with the pool key's id: what a forger without the pool's private key would sign with. */
    final RSAKey otherKey = rsaKey("pool-key");
    private final HttpServer server;
    private final Map<String, Pending> codes = new ConcurrentHashMap<>();
    private volatile Person nextPerson = new Person("alex", List.of("board-member"), null);
    private volatile RSAKey signingKey = poolKey;
    private volatile String nonceOverride;

    CognitoStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] jwks = new JWKSet(poolKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        server.createContext("/.well-known/jwks.json", exchange -> answer(exchange, 200, "application/json", jwks));
        server.createContext("/oauth2/authorize", this::authorize);
        server.createContext("/oauth2/token", this::token);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String jwksUrl() {
        return baseUrl() + "/.well-known/jwks.json";
    }

    /** The api's settings for this pool: its JWKS and issuer, and (for browser sign-in) its domain and web client. */
    Map<String, String> properties(String siteUrl) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("micronaut.security.token.jwt.signatures.jwks.cognito.url", jwksUrl());
        p.put("micronaut.security.token.jwt.claims-validators.issuer", ISSUER);
        p.put("assurance.cognito.domain", baseUrl());
        p.put("assurance.cognito.client-id", CLIENT_ID);
        p.put("assurance.cognito.callback-url", siteUrl + "/sign-in/callback");
        p.put("assurance.cognito.sign-out-url", siteUrl + "/sign-in");
        // chasing asks the pool for leads (CognitoProjectLeads; tested against cognito-local in adapters)
        p.put("assurance.cognito.user-pool-id", "eu-west-2_TestPool");
        p.put("assurance.cognito.region", "eu-west-2");
        return p;
    }

    /** Who the managed login page signs in next. */
    void signsIn(Person person) {
        nextPerson = person;
    }

    /** Back to an honest pool: its own key, the flow's nonce. */
    void reset() {
        signingKey = poolKey;
        nonceOverride = null;
        codes.clear();
    }

    void signsWith(RSAKey key) {
        signingKey = key;
    }

    void putsNonce(String nonce) {
        nonceOverride = nonce;
    }

    /** An ID token as Cognito issues one: RS256 with the key id, issuer, audience, groups, username and email. */
    static String idToken(RSAKey key, String issuer, String audience, Person person, String nonce) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(UUID.nameUUIDFromBytes(person.username().getBytes(StandardCharsets.UTF_8)).toString())
                .issuer(issuer).audience(audience).issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(3600)))
                .claim("token_use", "id").claim("cognito:username", person.username())
                .claim("cognito:groups", person.groups()).claim("email", person.username() + "@example.org");
        if (person.projects() != null) {
            claims.claim("custom:projects", person.projects());
        }
        if (nonce != null) {
            claims.claim("nonce", nonce);
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> q = params(exchange.getRequestURI().getRawQuery());
        if (!"code".equals(q.get("response_type")) || !"S256".equals(q.get("code_challenge_method"))
                || q.get("code_challenge") == null || q.get("redirect_uri") == null || !q.getOrDefault("scope", "").contains("openid")) {
            answer(exchange, 400, "text/plain", "unsupported request".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Pending(q.get("client_id"), q.get("redirect_uri"), q.get("code_challenge"), q.get("nonce"), nextPerson));
        exchange.getResponseHeaders().add("Location", q.get("redirect_uri") + "?code=" + code + "&state=" + encode(q.get("state")));
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = params(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Pending pending = codes.remove(form.getOrDefault("code", ""));
        boolean valid = pending != null && "authorization_code".equals(form.get("grant_type"))
                && pending.clientId().equals(form.get("client_id")) && pending.redirectUri().equals(form.get("redirect_uri"))
                && pending.challenge().equals(s256(form.getOrDefault("code_verifier", "")));
        if (!valid) {
            answer(exchange, 400, "application/json", "{\"error\":\"invalid_grant\"}".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String nonce = nonceOverride != null ? nonceOverride : pending.nonce();
        String idToken = idToken(signingKey, ISSUER, pending.clientId(), pending.person(), nonce);
        String body = "{\"id_token\":\"" + idToken + "\",\"access_token\":\"unused\",\"token_type\":\"Bearer\",\"expires_in\":3600}";
        answer(exchange, 200, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    /** RFC 7636's S256 challenge of a verifier, computed here independently of the api's code. */
    private static String s256(String verifier) {
        try {
            return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                    java.security.MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> params(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    /** The query of a URL as a map (the test reads where the api sends the browser). */
    static Map<String, String> query(String url) {
        return params(URI.create(url).getRawQuery());
    }

    static String pathAndQuery(String url) {
        URI uri = URI.create(url);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** A query string, for a test that sends the callback itself. */
    static String queryString(Map<String, String> params) {
        StringBuilder s = new StringBuilder();
        for (Entry<String, String> e : params.entrySet()) {
            s.append(s.length() == 0 ? "" : "&").append(encode(e.getKey())).append('=').append(encode(e.getValue()));
        }
        return s.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void answer(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static RSAKey rsaKey(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
