package org.masthead.media;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.masthead.testing.SampleFiles.png;

import java.util.HashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.masthead.testing.Api;
import org.masthead.testing.Keycloak;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With a public base URL, readers fetch files from the bucket or CDN it names, and the app's own file addresses send them there. */
@QuarkusTest
@TestProfile(PublicMediaUrlTest.FilesOnACdn.class)
class PublicMediaUrlTest {

    public static class FilesOnACdn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("masthead.uploads.public-base-url", "https://media.example/files/");
        }
    }

    @Test
    void pagesLinkFilesOnTheCdnAndTheAppsAddressesRedirectThere() {
        String url = given().auth().oauth2(Keycloak.accessToken("editor")).multiPart("file", "crowd.png", png(400, 300), "image/png")
                .multiPart("alt", "The crowd on the square").post("/api/v1/uploads").then().statusCode(201).extract().path("url");
        int id = Integer.parseInt(url.split("/")[2]);
        String key = url.substring(url.lastIndexOf('/') + 1);
        String onCdn = "https://media.example/files/" + key.substring(0, 2) + "/" + key;

        given().redirects().follow(false).get(url).then().statusCode(301).header("Location", equalTo(onCdn));

        Map<String, Object> article = new HashMap<>(Api.article("The crowd on the square, seen from above"));
        article.put("featuredImageId", id);
        long articleId = Api.publishedArticle("editor", "reviewer", article);
        String slug = Api.as("editor").get("/api/v1/articles/" + articleId).then().extract().path("slug");
        Document page = Jsoup.parse(given().get("/articles/" + slug).then().statusCode(200).extract().asString());
        assertThat(page.select("img[alt='The crowd on the square']").eachAttr("src")).isNotEmpty().allMatch(onCdn::equals);
        assertThat(page.select("meta[property=og:image]").attr("content")).isEqualTo(onCdn);
    }
}
