package org.masthead.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.testing.Api;
import org.masthead.testing.Keycloak;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * A realm whose roles were made flat, as a newsroom setting Keycloak up by hand may well do: the real Keycloak
 * is changed so that reviewer no longer includes editor, nor admin reviewer, and the tokens it then issues carry
 * one role each. Masthead still lets a reviewer do what an editor does, and an admin what a reviewer does.
 */
@QuarkusTest
class FlatRealmRolesTest {

    private List<Map<String, Object>> editorRole;
    private List<Map<String, Object>> reviewerRole;

    @BeforeEach
    void flattenTheRealmsRoles() {
        editorRole = List.of(role("editor"));
        reviewerRole = List.of(role("reviewer"));
        asRealmAdmin().body(editorRole).delete(composites("reviewer")).then().statusCode(204);
        asRealmAdmin().body(reviewerRole).delete(composites("admin")).then().statusCode(204);
    }

    @AfterEach
    void restoreTheComposites() {
        asRealmAdmin().body(editorRole).post(composites("reviewer")).then().statusCode(204);
        asRealmAdmin().body(reviewerRole).post(composites("admin")).then().statusCode(204);
        Keycloak.freshAccessToken("reviewer");
        Keycloak.freshAccessToken("admin");
    }

    @Test
    void aReviewerWithOnlyTheReviewerRoleWritesAndSubmitsAndAnAdminReviews() {
        String reviewer = Keycloak.freshAccessToken("reviewer");
        String admin = Keycloak.freshAccessToken("admin");
        given().auth().oauth2(reviewer).get("/api/v1/me").then().statusCode(200).body("roles", contains("editor", "reviewer"));

        long id = given().auth().oauth2(reviewer).contentType(ContentType.JSON).body(Api.article("Written by a reviewer"))
                .post("/api/v1/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        long version = given().auth().oauth2(reviewer).get("/api/v1/articles/" + id).jsonPath().getLong("version");
        given().auth().oauth2(reviewer).contentType(ContentType.JSON).body(Map.of("version", version))
                .post("/api/v1/articles/" + id + "/submit").then().statusCode(200).body("status", equalTo("IN_REVIEW"));

        given().auth().oauth2(admin).get("/api/v1/me").then().body("roles", contains("editor", "reviewer", "admin"));
        long submitted = given().auth().oauth2(admin).get("/api/v1/articles/" + id).jsonPath().getLong("version");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("version", submitted))
                .post("/api/v1/articles/" + id + "/approve").then().statusCode(200).body("status", equalTo("PUBLISHED"));
    }

    private static Map<String, Object> role(String name) {
        return given().auth().oauth2(Keycloak.adminToken()).get(Keycloak.adminRealmUrl() + "/roles/" + name)
                .then().statusCode(200).extract().jsonPath().getMap("");
    }

    private static RequestSpecification asRealmAdmin() {
        return given().auth().oauth2(Keycloak.adminToken()).contentType(ContentType.JSON);
    }

    private static String composites(String role) {
        return Keycloak.adminRealmUrl() + "/roles/" + role + "/composites";
    }
}
