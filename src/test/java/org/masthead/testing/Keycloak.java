package org.masthead.testing;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.microprofile.config.ConfigProvider;
import org.masthead.devstack.KeycloakServer;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The test run's real Keycloak: access tokens for the dev realm's users through the test-only
 * client {@code masthead-test} (direct access grants), and extra users made through the admin API.
 */
public final class Keycloak {

    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    private record Token(String value, Instant expires) {
    }

    private Keycloak() {
    }

    public static String baseUrl() {
        return ConfigProvider.getConfig().getValue("masthead.devstack.keycloak-url", String.class);
    }

    public static String realmUrl() {
        return baseUrl() + "/realms/" + KeycloakServer.REALM;
    }

    /** An access token for a user whose password is their username (every dev realm user). */
    public static String accessToken(String username) {
        Token token = TOKENS.get(username);
        if (token == null || token.expires().isBefore(Instant.now().plusSeconds(30))) {
            token = requestToken(username, username);
            TOKENS.put(username, token);
        }
        return token.value();
    }

    /**
     * A genuine access token of the realm, but issued to another of its clients ({@code admin-cli}, which every
     * realm has): it names neither Masthead as audience nor as authorized party.
     */
    public static String accessTokenForAnotherClient(String username) {
        return requestToken(username, username, "admin-cli").value();
    }

    private static Token requestToken(String username, String password) {
        return requestToken(username, password, "masthead-test");
    }

    private static Token requestToken(String username, String password, String client) {
        Response response = given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", client)
                .formParam("username", username)
                .formParam("password", password)
                .post(realmUrl() + "/protocol/openid-connect/token");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("No token for " + username + ": " + response.asString());
        }
        return new Token(response.path("access_token"),
                Instant.now().plusSeconds(response.<Integer> path("expires_in")));
    }

    /** Makes (once) a realm user with no Masthead role: signed in, but staff of nothing. */
    public static void ensureUserWithoutRoles(String username) {
        String admin = adminToken();
        int status = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("username", username, "enabled", true, "emailVerified", true,
                        "email", username + "@reader.example", "firstName", "Rita", "lastName", "Reader",
                        "credentials", List.of(Map.of("type", "password", "value", username, "temporary", false))))
                .post(baseUrl() + "/admin/realms/" + KeycloakServer.REALM + "/users")
                .statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("Could not create user " + username + ": HTTP " + status);
        }
    }

    /** A token for Keycloak's admin API (the master realm's admin). */
    public static String adminToken() {
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", "admin-cli")
                .formParam("username", KeycloakServer.ADMIN_USER)
                .formParam("password", KeycloakServer.ADMIN_PASSWORD)
                .post(baseUrl() + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** A token issued now, not one kept from earlier: for tests that change the realm under it. */
    public static String freshAccessToken(String username) {
        Token token = requestToken(username, username);
        TOKENS.put(username, token);
        return token.value();
    }

    /** The realm's URL for its admin API, {@code /admin/realms/masthead}. */
    public static String adminRealmUrl() {
        return baseUrl() + "/admin/realms/" + KeycloakServer.REALM;
    }
}
