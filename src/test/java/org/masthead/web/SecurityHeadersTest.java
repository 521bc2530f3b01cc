package org.masthead.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class SecurityHeadersTest {

    private static void assertCommonHeaders(Response response) {
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.header("Permissions-Policy")).contains("camera=()").contains("geolocation=()");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void thePublicSiteRunsNoScriptAndCannotBeFramed() {
        for (String path : new String[] { "/", "/ar/", "/no-such-page", "/feed", "/api/v1/articles" }) {
            Response response = given().redirects().follow(false).get(path);
            assertCommonHeaders(response);
            String csp = response.header("Content-Security-Policy");
            assertThat(csp).as(path).startsWith("default-src 'none';").contains("frame-ancestors 'none'")
                    .contains("base-uri 'none'").contains("form-action 'self'").doesNotContain("script-src")
                    .contains("frame-src https://www.youtube-nocookie.com");
        }
    }

    @Test
    void theDeskRunsOnlyScriptsOfItsOwnOrigin() {
        Response response = given().redirects().follow(false).get("/admin");
        assertCommonHeaders(response);
        assertThat(response.header("Content-Security-Policy")).contains("script-src 'self' 'unsafe-inline'")
                .contains("frame-ancestors 'none'").doesNotContain("script-src *").doesNotContain("https:;");
    }

    @Test
    void httpsSitesAskBrowsersToStayOnHttps() {
        assertThat(SecurityHeaders.hsts(Optional.of("https://news.example"))).isEqualTo("max-age=31536000; includeSubDomains");
        assertThat(SecurityHeaders.hsts(Optional.of("http://localhost:8080"))).isNull();
        assertThat(SecurityHeaders.hsts(Optional.empty())).isNull();
        assertThat(given().get("/").header("Strict-Transport-Security")).as("this test site is plain http").isNull();
    }
}
