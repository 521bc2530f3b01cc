package org.masthead.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The production realm is the dev realm without its demo users and test client, and nothing else differs in kind. */
class RealmFilesTest {

    private static JsonNode read(String file) throws IOException {
        return new ObjectMapper().readTree(Path.of("docker/keycloak", file).toFile());
    }

    @Test
    void devRealmHasTheFiveDemoUsersWithTheirRoles() throws IOException {
        JsonNode dev = read("masthead-realm-dev.json");
        assertThat(dev.path("realm").asText()).isEqualTo("masthead");
        assertThat(dev.path("users").findValuesAsText("username"))
                .containsExactly("editor", "editor2", "reviewer", "reviewer2", "admin");
        assertThat(dev.path("clients").findValuesAsText("clientId")).containsExactly("masthead-web", "masthead-test");
    }

    @Test
    void productionRealmHasNoDemoUsersNoTestClientAndNoFixedSecret() throws IOException {
        JsonNode prod = read("masthead-realm.json");
        JsonNode dev = read("masthead-realm-dev.json");
        assertThat(prod.has("users")).isFalse();
        assertThat(prod.path("clients").findValuesAsText("clientId")).containsExactly("masthead-web");
        assertThat(prod.path("clients").get(0).path("secret").asText()).isEqualTo("${MASTHEAD_OIDC_CLIENT_SECRET}");
        assertThat(prod.path("clients").get(0).path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(roles(prod)).isEqualTo(roles(dev)).containsExactly("editor", "reviewer", "admin");
    }

    private static List<String> roles(JsonNode realm) {
        return realm.path("roles").path("realm").findValuesAsText("name");
    }
}
