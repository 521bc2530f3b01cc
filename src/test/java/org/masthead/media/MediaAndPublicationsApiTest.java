package org.masthead.media;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.testing.Api.as;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.masthead.testing.Api;
import org.masthead.testing.Keycloak;
import org.masthead.testing.SampleFiles;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MediaAndPublicationsApiTest {

    private static int image(String alt) throws IOException {
        return given().auth().oauth2(Keycloak.accessToken("editor"))
                .multiPart("file", "img.png", SampleFiles.png(40, 30), "image/png").multiPart("alt", alt)
                .post("/api/v1/uploads").then().statusCode(201).extract().path("id");
    }

    private static int pdf() {
        return given().auth().oauth2(Keycloak.accessToken("editor"))
                .multiPart("file", "issue.pdf", SampleFiles.pdf(20), "application/pdf")
                .post("/api/v1/uploads").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> item(String title, String field, Object value) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("language", "en");
        body.put(field, value);
        return body;
    }

    @Test
    void galleryKeepsItsImagesInOrderAndUsedImagesCannotBeDeleted() throws IOException {
        int first = image("Boats at dawn");
        int second = image("Nets drying");
        as("editor").body(item("Harbour in pictures", "media", Map.of("type", "GALLERY", "imageIds", List.of(second, first))))
                .post("/api/v1/media").then().statusCode(201)
                .body("media.type", equalTo("GALLERY")).body("media.imageIds", equalTo(List.of(second, first)));
        given().auth().oauth2(Keycloak.accessToken("reviewer")).delete("/api/v1/uploads/" + second).then().statusCode(409);
    }

    @Test
    void eachMediaTypeGetsWhatItNeeds() throws IOException {
        int one = image("A cartoon");
        int two = image("Another cartoon");
        as("editor").body(item("Cartoon of the week", "media", Map.of("type", "CARTOON", "imageIds", List.of(one, two))))
                .post("/api/v1/media").then().statusCode(400).body("errors.field", equalTo(List.of("media.imageIds")));
        as("editor").body(item("Cartoon of the week", "media", Map.of("type", "CARTOON", "imageIds", List.of(one))))
                .post("/api/v1/media").then().statusCode(201);
        as("editor").body(item("Festival video", "media", Map.of("type", "VIDEO", "videoUrl", "https://evil.example/embed/1")))
                .post("/api/v1/media").then().statusCode(400).body("errors.field", equalTo(List.of("media.videoUrl")));
        long video = as("editor").body(item("Festival video", "media",
                Map.of("type", "VIDEO", "videoUrl", "https://www.youtube-nocookie.com/embed/abc123")))
                .post("/api/v1/media").then().statusCode(201).body("media.videoUrl", equalTo("https://www.youtube-nocookie.com/embed/abc123"))
                .extract().jsonPath().getLong("id");
        // only a video embeds a player: a gallery carrying a video URL is refused, not stored to be shown later
        as("editor").body(item("Gallery with a player", "media", Map.of("type", "GALLERY", "imageIds", List.of(one),
                "videoUrl", "https://www.youtube-nocookie.com/embed/abc123")))
                .post("/api/v1/media").then().statusCode(400).body("errors.field", equalTo(List.of("media.videoUrl")));
        Api.review("editor", "/api/v1/media/" + video, "submit").statusCode(200);
        Api.review("reviewer", "/api/v1/media/" + video, "approve").statusCode(200);
        String slug = as(null).get("/api/v1/media/" + video).then().statusCode(200).extract().path("slug");
        Document page = Jsoup.parse(given().get("/media/" + slug).then().statusCode(200).extract().asString());
        assertThat(page.select("iframe")).hasSize(1);
        assertThat(page.select("iframe").attr("src")).isEqualTo("https://www.youtube-nocookie.com/embed/abc123");
        assertThat(page.select("iframe").attr("sandbox")).isEqualTo("allow-scripts allow-same-origin allow-presentation");
        assertThat(page.select("iframe").attr("referrerpolicy")).isEqualTo("strict-origin-when-cross-origin");
        as("editor").body(item("Not media", "media", Map.of("type", "GALLERY", "imageIds", List.of(one))))
                .post("/api/v1/articles").then().statusCode(400).body("errors.field", equalTo(List.of("media")));
    }

    @Test
    void publicationsCarryCoverPdfAndIssueOrIsbn() throws IOException {
        int cover = image("Cover of the handbook");
        int file = pdf();
        as("editor").body(item("Harbour handbook", "publication",
                Map.of("type", "BOOK", "coverImageId", cover, "pdfId", file, "isbn", "978-3-16-148410-0")))
                .post("/api/v1/publications").then().statusCode(201)
                .body("publication.isbn", equalTo("9783161484100")).body("publication.pdfId", equalTo(file));
        as("editor").body(item("Bad book", "publication", Map.of("type", "BOOK", "isbn", "978-3-16-148410-9", "pdfId", cover)))
                .post("/api/v1/publications").then().statusCode(400)
                .body("errors.field", hasItem("publication.isbn")).body("errors.field", hasItem("publication.pdfId"));
        as("editor").body(item("Newsletter", "publication", Map.of("type", "NEWSLETTER")))
                .post("/api/v1/publications").then().statusCode(400).body("errors.field", equalTo(List.of("publication.issue")));
        long id = as("editor").body(item("Newsletter No. 12", "publication", Map.of("type", "NEWSLETTER", "issue", "12", "pdfId", file)))
                .post("/api/v1/publications").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.review("editor", "/api/v1/publications/" + id, "submit").statusCode(200);
        Api.review("reviewer", "/api/v1/publications/" + id, "approve").statusCode(200);
        as(null).get("/api/v1/publications/" + id).then().statusCode(200).body("publication.issue", equalTo("12"));
    }
}
