package org.masthead.media;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.masthead.testing.SampleFiles.pdf;
import static org.masthead.testing.SampleFiles.png;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.testing.Api;
import org.masthead.testing.Keycloak;
import org.masthead.testing.SampleFiles;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class UploadsApiTest {

    @TestHTTPResource("/")
    URL base;

    int port;

    @BeforeEach
    void port() {
        port = base.getPort();
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Keycloak.accessToken(user));
    }

    @Test
    void imageIsStoredWithItsDimensionsAndServedAsWhatItIs() throws IOException {
        byte[] bytes = png(640, 360);
        var created = as("editor").multiPart("file", "pier at dawn.png", bytes, "image/png")
                .multiPart("alt", "The east pier at dawn").multiPart("caption", "The east pier")
                .multiPart("credit", "(AP/Ana Ruiz)")
                .post("/api/v1/uploads").then().statusCode(201)
                .body("contentType", equalTo("image/png")).body("width", equalTo(640)).body("height", equalTo(360))
                .body("size", equalTo(bytes.length)).body("credit", equalTo("(AP/Ana Ruiz)"))
                .extract().jsonPath();

        byte[] served = given().get(created.getString("url")).then().statusCode(200)
                .contentType("image/png").header("X-Content-Type-Options", "nosniff")
                .extract().asByteArray();
        assertThat(served).isEqualTo(bytes);
        as("editor").get("/api/v1/uploads?q=east pier").then().body("id", hasItem(created.getInt("id")));
    }

    @Test
    void typeComesFromTheContentNotTheName() throws IOException {
        as("editor").multiPart("file", "report.pdf", png(20, 20), "application/pdf").multiPart("alt", "A tiny square")
                .post("/api/v1/uploads").then().statusCode(201).body("contentType", equalTo("image/png"));
        as("editor").multiPart("file", "annual-report.pdf", pdf(10), "application/pdf")
                .post("/api/v1/uploads").then().statusCode(201).body("contentType", equalTo("application/pdf"));
    }

    @Test
    void disguisedFilesAreRefused() {
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        as("editor").multiPart("file", "holiday.jpg", html, "image/jpeg").multiPart("alt", "x")
                .post("/api/v1/uploads").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", equalTo(List.of("file")));

        byte[] fakeJpeg = new byte[2048];
        fakeJpeg[0] = (byte) 0xFF;
        fakeJpeg[1] = (byte) 0xD8;
        fakeJpeg[2] = (byte) 0xFF;
        as("editor").multiPart("file", "broken.jpg", fakeJpeg, "image/jpeg").multiPart("alt", "x")
                .post("/api/v1/uploads").then().statusCode(400).body("errors.field", equalTo(List.of("file")));

        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
        as("editor").multiPart("file", "logo.png", svg, "image/png").multiPart("alt", "x")
                .post("/api/v1/uploads").then().statusCode(400);
    }

    @Test
    void anUploadDeclaredLargerThanAnyFileMayBeIsRefusedBeforeItsBodyIsSent() throws IOException {
        long declared = 30L * 1024 * 1024;
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            String head = "POST /api/v1/uploads HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + Keycloak.accessToken("editor") + "\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: "
                    + declared + "\r\n\r\n--b\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            BufferedReader answer = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            assertThat(answer.readLine()).as("answered without waiting for 30 MB").isEqualTo("HTTP/1.1 413 Request Entity Too Large");
        }
    }

    @Test
    void anImageClaimingMorePixelsThanTheLimitIsRefusedWithoutDecodingIt() {
        byte[] bomb = SampleFiles.pngHeaderOnly(20_000, 20_000);
        assertThat(bomb.length).as("a tiny file claiming 400 million pixels").isLessThan(100);
        as("editor").multiPart("file", "bomb.png", bomb, "image/png").multiPart("alt", "x")
                .post("/api/v1/uploads").then().statusCode(400)
                .body("errors[0].field", equalTo("file"))
                .body("errors[0].message", containsString("20000 × 20000 pixels; the limit is 40 million pixels"));
    }

    @Test
    void limitsAndAltTextAreEnforced() throws IOException {
        as("editor").multiPart("file", "huge.pdf", pdf(300_000), "application/pdf")
                .post("/api/v1/uploads").then().statusCode(400).body("errors[0].message", containsString("limit"));
        as("editor").multiPart("file", "no-alt.png", png(10, 10), "image/png")
                .post("/api/v1/uploads").then().statusCode(400).body("errors.field", equalTo(List.of("alt")));
        given().multiPart("file", "anon.png", png(10, 10), "image/png").multiPart("alt", "x")
                .post("/api/v1/uploads").then().statusCode(401);
    }

    @Test
    void featuredImageMustBeAnImageUploadAndUsedFilesStay() throws IOException {
        int image = as("editor").multiPart("file", "lead.png", png(100, 50), "image/png").multiPart("alt", "Lead photo")
                .post("/api/v1/uploads").then().statusCode(201).extract().path("id");
        int document = as("editor").multiPart("file", "doc.pdf", pdf(5), "application/pdf")
                .post("/api/v1/uploads").then().statusCode(201).extract().path("id");

        Map<String, Object> article = new HashMap<>(Api.article("With a lead photo"));
        article.put("featuredImageId", document);
        Api.as("editor").body(article).post("/api/v1/articles").then().statusCode(400)
                .body("errors.field", equalTo(List.of("featuredImageId")));
        article.put("featuredImageId", image);
        Api.as("editor").body(article).post("/api/v1/articles").then().statusCode(201).body("featuredImageId", equalTo(image));

        as("reviewer").delete("/api/v1/uploads/" + image).then().statusCode(409);

        // The live revision still shows an image the working copy has dropped: it stays too.
        int shown = as("editor").multiPart("file", "shown.png", png(60, 40), "image/png").multiPart("alt", "Shown live")
                .post("/api/v1/uploads").then().statusCode(201).extract().path("id");
        Map<String, Object> live = new HashMap<>(Api.article("Live photo"));
        live.put("featuredImageId", shown);
        long liveId = Api.publishedArticle("editor", "reviewer", live);
        live.put("featuredImageId", null);
        live.put("version", Api.version("editor", liveId));
        Api.as("editor").body(live).put("/api/v1/articles/" + liveId).then().statusCode(200);
        as("reviewer").delete("/api/v1/uploads/" + shown).then().statusCode(409);
        as("editor").delete("/api/v1/uploads/" + document).then().statusCode(403);
        as("reviewer").delete("/api/v1/uploads/" + document).then().statusCode(204);
    }

    @Test
    void describingAFileLivePagesShowIsAReviewersCallAndEveryChangeIsAudited() throws IOException {
        int photo = as("editor").multiPart("file", "quay.png", png(80, 40), "image/png").multiPart("alt", "The quay")
                .multiPart("caption", "The quay at noon").multiPart("credit", "(Ana Ruiz)")
                .post("/api/v1/uploads").then().statusCode(201).extract().path("id");
        Map<String, Object> body = new HashMap<>(Api.article("The quay reopens"));
        body.put("featuredImageId", photo);
        long draft = Api.createArticle("editor", body);

        // while only drafts use it, an editor may describe it: the drafts are reviewed before readers see them
        Api.as("editor").body(Map.of("version", 0, "alt", "The quay", "caption", "The quay at dawn", "credit", "(Ana Ruiz)"))
                .put("/api/v1/uploads/" + photo).then().statusCode(200).body("caption", equalTo("The quay at dawn"));
        Api.as("editor").get("/api/v1/articles/" + draft + "/history").then()
                .body("action", hasItem("describe-upload"))
                .body("comment", hasItem(containsString("caption “The quay at noon” → “The quay at dawn”")));

        Api.action("editor", draft, "submit").statusCode(200);
        Api.action("reviewer", draft, "approve").statusCode(200);
        Map<String, Object> credit = Map.of("version", 1, "alt", "The quay", "caption", "The quay at dawn",
                "credit", "(Someone else)");
        Api.as("editor").body(credit).put("/api/v1/uploads/" + photo).then().statusCode(403)
                .body("detail", containsString("reviewer"));
        given().get("/articles/the-quay-reopens").then().statusCode(200)
                .body(containsString("(Ana Ruiz)")).body(not(containsString("(Someone else)")));

        Api.as("reviewer").body(credit).put("/api/v1/uploads/" + photo).then().statusCode(200);
        Api.as("editor").get("/api/v1/articles/" + draft + "/history").then()
                .body("findAll { it.action == 'describe-upload' }.actor", equalTo(List.of("editor", "reviewer")))
                .body("comment", hasItem(containsString("credit “(Ana Ruiz)” → “(Someone else)”")));
    }
}
