package org.masthead.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.masthead.testing.BrowserSession;
import org.masthead.testing.BrowserSession.Page;
import org.masthead.testing.Keycloak;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AdminSignInTest {

    @TestHTTPResource("/admin")
    String adminUrl;

    @Test
    void anonymousVisitorIsSentToKeycloakToSignIn() {
        given().redirects().follow(false)
                .when().get("/admin")
                .then().statusCode(302)
                .header("Location", startsWith(Keycloak.realmUrl() + "/protocol/openid-connect/auth?"))
                .header("Location", org.hamcrest.Matchers.containsString("client_id=masthead-web"))
                .header("Location", org.hamcrest.Matchers.containsString("code_challenge_method=S256"));
    }

    @ParameterizedTest
    @CsvSource({
            "editor,    Elena Marsh,   editor",
            "editor2,   Tomas Berg,    editor",
            "reviewer,  Ruth Okafor,   editor reviewer",
            "reviewer2, Luan Krasniqi, editor reviewer",
            "admin,     Ada Lindqvist, editor reviewer admin" })
    void eachDevUserSignsInAndSeesTheirNameAndRoles(String username, String name, String roles) {
        Page dashboard = new BrowserSession().signIn(adminUrl, username);

        assertThat(dashboard.status()).as(dashboard.uri() + ": " + dashboard.document().text()).isEqualTo(200);
        assertThat(dashboard.uri().getPath()).isEqualTo("/admin");
        assertThat(dashboard.document().selectFirst("dd.name").text()).isEqualTo(name);
        assertThat(dashboard.document().selectFirst("dd.username").text()).isEqualTo(username);
        assertThat(dashboard.document().select("li.role").eachText()).containsExactly(roles.split(" "));
    }

    @Test
    void wrongPasswordStaysOnKeycloakWithAnError() {
        BrowserSession browser = new BrowserSession();
        Page login = browser.get(adminUrl);
        Element form = login.document().getElementById("kc-form-login");
        Page again = browser.post(form.absUrl("action"),
                java.util.Map.of("username", "editor", "password", "not-the-password", "credentialId", ""));

        assertThat(again.uri().toString()).startsWith(Keycloak.realmUrl());
        assertThat(again.document().getElementById("kc-form-login")).isNotNull();
        assertThat(again.document().text()).contains("Invalid username or password");
    }

    @Test
    void signOutEndsTheSessionAtKeycloakToo() {
        BrowserSession browser = new BrowserSession();
        browser.signIn(adminUrl, "editor");

        Page signedOut = browser.get(adminUrl + "/logout");
        assertThat(signedOut.uri().getPath()).isEqualTo("/signed-out");
        assertThat(signedOut.document().selectFirst("h1").text()).isEqualTo("You have signed out");

        Page afterwards = browser.get(adminUrl);
        assertThat(afterwards.document().getElementById("kc-form-login"))
                .as("Keycloak asks for the password again").isNotNull();
    }

    @Test
    void realmUserWithoutAStaffRoleIsToldWhichRoleIsNeeded() {
        Keycloak.ensureUserWithoutRoles("reader");
        Page page = new BrowserSession().signIn(adminUrl, "reader");

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.document().selectFirst("h1").text()).isEqualTo("You may not open this page");
        assertThat(page.document().select(".needed-role strong").eachText())
                .isEqualTo(List.of("editor", "reviewer", "admin"));
    }
}
