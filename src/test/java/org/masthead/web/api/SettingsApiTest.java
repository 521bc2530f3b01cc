package org.masthead.web.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.masthead.testing.Keycloak;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SettingsApiTest {

    private static int currentVersion() {
        return given().auth().oauth2(Keycloak.accessToken("admin"))
                .get("/api/v1/settings").then().statusCode(200).extract().path("version");
    }

    @Test
    void adminChangesTheSettingsAndEveryoneOnStaffReadsThem() {
        int version = currentVersion();
        given().auth().oauth2(Keycloak.accessToken("admin")).contentType("application/json")
                .body(Map.of("version", version, "siteName", "  The Harbour Desk ", "footerLine", "Independent news",
                        "fourEyesRelaxed", false, "facebookUrl", "https://facebook.example/harbour", "youtubeUrl", ""))
                .when().put("/api/v1/settings")
                .then().statusCode(200)
                .body("siteName", equalTo("The Harbour Desk"))
                .body("version", equalTo(version + 1))
                .body("updatedBy", equalTo("admin"))
                .body("youtubeUrl", nullValue());

        given().auth().oauth2(Keycloak.accessToken("editor"))
                .when().get("/api/v1/settings")
                .then().statusCode(200)
                .body("siteName", equalTo("The Harbour Desk"))
                .body("facebookUrl", equalTo("https://facebook.example/harbour"));
    }

    @Test
    void staleSaveIsRefusedWithWhoSavedAndNothingIsOverwritten() {
        int version = currentVersion();
        given().auth().oauth2(Keycloak.accessToken("admin")).contentType("application/json")
                .body(Map.of("version", version, "siteName", "First save wins"))
                .put("/api/v1/settings").then().statusCode(200);

        given().auth().oauth2(Keycloak.accessToken("admin")).contentType("application/json")
                .body(Map.of("version", version, "siteName", "Second save, stale"))
                .when().put("/api/v1/settings")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("currentVersion", equalTo(version + 1))
                .body("updatedBy", equalTo("admin"));

        given().auth().oauth2(Keycloak.accessToken("admin"))
                .get("/api/v1/settings").then().body("siteName", equalTo("First save wins"));
    }

    @Test
    void invalidFieldsAreEachNamed() {
        given().auth().oauth2(Keycloak.accessToken("admin")).contentType("application/json")
                .body(Map.of("siteName", " ", "twitterUrl", "javascript:alert(1)", "footerLine", "x".repeat(501)))
                .when().put("/api/v1/settings")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("footerLine", "siteName", "twitterUrl", "version"));
    }
}
