package org.masthead.web.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.masthead.testing.Keycloak;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ApiSecurityTest {

    @Test
    void noTokenIsUnauthorizedWithAProblem() {
        given().when().get("/api/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401))
                .body("detail", containsString("bearer token"));
    }

    @Test
    void forgedTokenIsUnauthorized() {
        String token = Keycloak.accessToken("editor");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        given().auth().oauth2(forged)
                .when().get("/api/v1/me")
                .then().statusCode(401);
    }

    @Test
    void tokenTheRealmIssuedToAnotherClientIsUnauthorized() {
        given().auth().oauth2(Keycloak.accessTokenForAnotherClient("admin"))
                .when().get("/api/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(Keycloak.accessTokenForAnotherClient("admin"))
                .when().get("/api/v1/articles?language=en")
                .then().statusCode(401);
    }

    @Test
    void realmTokenIsAcceptedAndRolesComeFromTheRealm() {
        given().auth().oauth2(Keycloak.accessToken("reviewer"))
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("username", equalTo("reviewer"))
                .body("displayName", equalTo("Ruth Okafor"))
                .body("roles", contains("editor", "reviewer"));
    }

    @Test
    void validTokenWithoutAStaffRoleIsForbidden() {
        Keycloak.ensureUserWithoutRoles("reader");
        given().auth().oauth2(Keycloak.accessToken("reader"))
                .when().get("/api/v1/me")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("editor or reviewer or admin"));
    }

    @Test
    void editorMayNotChangeSiteSettings() {
        given().auth().oauth2(Keycloak.accessToken("editor"))
                .contentType("application/json")
                .body("{\"version\":0,\"siteName\":\"Taken over\"}")
                .when().put("/api/v1/settings")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("admin"));
    }
}
