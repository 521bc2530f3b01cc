package org.masthead.media;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.masthead.testing.SampleFiles.png;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.masthead.testing.Api;
import org.masthead.testing.Keycloak;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/** The media library in a bucket of a real S3-compatible server (S3Proxy): kept there, served from there, copied there. */
@QuarkusTest
@QuarkusTestResource(value = S3ProxyResource.class, restrictToAnnotatedClass = true)
class S3MediaLibraryTest {

    @Inject
    LibraryCopy copy;

    private static JsonPath upload(String name, byte[] bytes) {
        return given().auth().oauth2(Keycloak.accessToken("editor")).multiPart("file", name, bytes, "image/png").multiPart("alt", "A map of the old town")
                .post("/api/v1/uploads").then().statusCode(201).extract().jsonPath();
    }

    /** The object S3Proxy keeps for a storage key: a file somewhere under the bucket's folder. */
    private static Optional<Path> object(String url) throws IOException {
        String key = url.substring(url.lastIndexOf('/') + 1);
        try (Stream<Path> files = Files.walk(S3ProxyResource.server.bucketDir())) {
            return files.filter(f -> f.getFileName().toString().equals(key) && Files.isRegularFile(f)).findFirst();
        }
    }

    @Test
    void anUploadIsKeptInTheBucketServedFromItAndDeletedFromIt() throws IOException {
        byte[] bytes = png(300, 200);
        JsonPath created = upload("old town map.png", bytes);
        String url = created.getString("url");
        String key = url.substring(url.lastIndexOf('/') + 1);

        assertThat(object(url)).as("the file is an object of the bucket").isPresent();
        assertThat(Files.readAllBytes(object(url).get())).isEqualTo(bytes);
        assertThat(Path.of("target/uploads", key.substring(0, 2), key)).as("and not on this node's disk").doesNotExist();

        byte[] served = given().get(url).then().statusCode(200).contentType("image/png")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Length", Integer.toString(bytes.length))
                .header("Cache-Control", containsString("immutable"))
                .header("Content-Disposition", containsString("filename*=UTF-8''old%20town%20map.png"))
                .extract().asByteArray();
        assertThat(served).isEqualTo(bytes);
        // HEAD answers from the library's record: the same headers, no object opened
        given().head(url).then().statusCode(200).contentType("image/png")
                .header("Content-Length", Integer.toString(bytes.length)).header("xkey", "upload-" + created.getInt("id"));

        Api.as("reviewer").delete("/api/v1/uploads/" + created.getInt("id")).then().statusCode(204);
        assertThat(object(url)).as("deleting the upload deletes the object").isEmpty();
        given().get(url).then().statusCode(404);
    }

    @Test
    void aFileKeepsItsNameInAnyScriptAndNothingInTheNameBreaksTheHeader() {
        assertThat(Upload.contentDisposition("نقشه \"شهر\".png"))
                .isEqualTo("inline; filename=\"____ ___.png\"; filename*=UTF-8''%D9%86%D9%82%D8%B4%D9%87%20%22%D8%B4%D9%87%D8%B1%22.png");
    }

    @Test
    void aBucketThatCannotBeReachedRefusesTheUploadKeepsNothingAndLeavesReadersServed() {
        S3ProxyResource.server.stop();
        try {
            given().auth().oauth2(Keycloak.accessToken("editor")).multiPart("file", "outage.png", png(40, 40), "image/png").multiPart("alt", "Taken during the outage")
                    .post("/api/v1/uploads").then().statusCode(503).header("Retry-After", not(equalTo(null)))
                    .body("detail", containsString("nothing was saved"));
            // every node shares the bucket: it must not take them all out of rotation, pages without files stay up
            given().get("/q/health/ready").then().statusCode(200);
            given().get("/").then().statusCode(200);
        } finally {
            S3ProxyResource.server.start();
        }
        Api.as("editor").get("/api/v1/uploads?q=outage").then().statusCode(200).body("size()", equalTo(0));
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void aLocalLibraryIsCopiedIntoTheBucketOnceAndServedFromIt() throws IOException {
        byte[] bytes = png(120, 80);
        String url = upload("harbour.png", bytes).getString("url");
        String key = url.substring(url.lastIndexOf('/') + 1);
        // as if it had been uploaded before the site moved to the bucket: the file only in the old folder
        Files.delete(object(url).orElseThrow());
        given().get(url).then().statusCode(404);
        Path folder = Files.createTempDirectory("old-uploads");
        Files.createDirectories(folder.resolve(key.substring(0, 2)));
        Files.write(folder.resolve(key.substring(0, 2)).resolve(key), bytes);

        List<String> heard = new ArrayList<>();
        LibraryCopy.Report first = copy.copyFrom(folder, heard::add);
        assertThat(first.copied()).isEqualTo(1);
        assertThat(heard).singleElement().asString().contains("harbour.png");
        assertThat(given().get(url).then().statusCode(200).extract().asByteArray()).isEqualTo(bytes);

        LibraryCopy.Report again = copy.copyFrom(folder, heard::add);
        assertThat(again.copied()).as("a second run copies nothing").isZero();
        assertThat(again.alreadyThere()).isGreaterThanOrEqualTo(1);
    }
}
