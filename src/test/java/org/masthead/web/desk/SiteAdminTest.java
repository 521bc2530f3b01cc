package org.masthead.web.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.masthead.testing.BrowserSession;
import org.masthead.testing.BrowserSession.Page;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SiteAdminTest {

    @TestHTTPResource("/admin")
    String admin;

    private BrowserSession signedIn(String user) {
        return BrowserSession.signedIn(admin, user);
    }

    @Test
    void adminChangesTheSiteSettingsThroughTheForm() {
        BrowserSession browser = signedIn("admin");
        Page form = browser.get(admin + "/site/settings");
        String originalName = form.document().select("#siteName").attr("value");
        try {
            Page saved = browser.submit(form, "form.editor", Map.of("siteName", "Harbour Desk (settings test)",
                    "facebookUrl", "https://facebook.example/harbour"));
            assertThat(saved.document().select(".message").text()).isEqualTo("Settings saved.");
            assertThat(saved.document().select("#siteName").attr("value")).isEqualTo("Harbour Desk (settings test)");

            Page invalid = browser.submit(saved, "form.editor", Map.of("twitterUrl", "javascript:alert(1)", "siteName", " "));
            assertThat(invalid.status()).isEqualTo(400);
            assertThat(invalid.document().select("#twitterUrl-error").text()).contains("http");
            assertThat(invalid.document().select("#siteName-error").text()).isNotBlank();
            assertThat(invalid.document().select("#twitterUrl").attr("value")).isEqualTo("javascript:alert(1)");

            Page stale = browser.submit(form, "form.editor", Map.of("siteName", "An old tab's name"));
            assertThat(stale.status()).isEqualTo(409);
            assertThat(stale.document().select("#siteName").attr("value")).isEqualTo("An old tab's name");
        } finally {
            Page now = browser.get(admin + "/site/settings");
            browser.submit(now, "form.editor", Map.of("siteName", originalName.isBlank() ? "Masthead" : originalName));
        }
    }

    @Test
    void reviewersAreToldSiteAdministrationNeedsTheAdminRole() {
        Page page = signedIn("reviewer").get(admin + "/site/settings");
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.document().select(".needed-role strong").eachText()).containsExactly("admin");
        assertThat(signedIn("editor").get(admin).document().select("nav a").eachText()).doesNotContain("Settings");
    }

    @Test
    void adminBuildsTheCategoryTree() {
        BrowserSession browser = signedIn("admin");
        Page page = browser.get(admin + "/site/categories");
        Page added = browser.submit(page, "form.editor", Map.of("name", "Harbour (tree test)", "language", "en"));
        assertThat(added.document().select(".message").text()).isEqualTo("Category saved.");
        String parentId = added.document().select("#parentId option").stream()
                .filter(o -> o.text().startsWith("Harbour (tree test)")).findFirst().orElseThrow().attr("value");

        Page child = browser.submit(added, "form.editor", Map.of("name", "Ferries (tree test)", "language", "en",
                "parentId", parentId));
        assertThat(child.document().select(".tree > li").stream()
                .filter(li -> li.selectFirst(".category-name").text().equals("Harbour (tree test)")).findFirst().orElseThrow()
                .select("ul .category-name").eachText()).containsExactly("Ferries (tree test)");

        Page duplicate = browser.submit(child, "form.editor", Map.of("name", "Harbour (tree test)", "language", "en"));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.document().select("#slug-error").text()).contains("already used");
    }
}
