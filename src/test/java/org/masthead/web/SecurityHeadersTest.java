package org.masthead.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.masthead.testing.BrowserSession;
import org.masthead.testing.BrowserSession.Page;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class SecurityHeadersTest {

    @io.quarkus.test.common.http.TestHTTPResource("/admin")
    String admin;


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
    void theDeskRunsOnlyScriptsOfItsOwnOriginAndItsImportMap() {
        Response response = given().redirects().follow(false).get("/admin");
        assertCommonHeaders(response);
        assertThat(response.header("Content-Security-Policy")).contains("script-src 'self'")
                .contains("frame-ancestors 'none'").doesNotContain("script-src *").doesNotContain("https:;");
        assertThat(scriptSrc(response.header("Content-Security-Policy"))).doesNotContain("unsafe-inline");

        // the editor's page carries its import map inline, and the policy names exactly that script's hash
        Page editor = BrowserSession.signedIn(admin, "editor").get(admin + "/articles/new");
        String map = editor.document().select("script[type=importmap]").html();
        assertThat(map).contains("\"@tiptap/core\"");
        String csp = given().redirects().follow(false).get("/admin").header("Content-Security-Policy");
        String hash = Base64.getEncoder().encodeToString(sha256(map));
        assertThat(scriptSrc(csp)).isEqualTo("script-src 'self' 'sha256-" + hash + "'");
    }

    private static String scriptSrc(String csp) {
        return java.util.Arrays.stream(csp.split(";")).map(String::strip).filter(d -> d.startsWith("script-src")).findFirst()
                .orElse("");
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void httpsSitesAskBrowsersToStayOnHttps() {
        assertThat(SecurityHeaders.hsts(Optional.of("https://news.example"))).isEqualTo("max-age=31536000; includeSubDomains");
        assertThat(SecurityHeaders.hsts(Optional.of("http://localhost:8080"))).isNull();
        assertThat(SecurityHeaders.hsts(Optional.empty())).isNull();
        assertThat(given().get("/").header("Strict-Transport-Security")).as("this test site is plain http").isNull();
    }
}
