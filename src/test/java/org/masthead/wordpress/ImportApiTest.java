package org.masthead.wordpress;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.testing.BrowserSession;
import org.masthead.testing.BrowserSession.Page;
import org.masthead.testing.Keycloak;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** POST /api/v1/imports and following the job, as a script would, with the fixture's export and a zip of its files. */
@QuarkusTest
class ImportApiTest {

    @TestHTTPResource("/admin")
    String admin;

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Keycloak.accessToken(user));
    }

    @Test
    void anAdminQueuesAnImportAndFollowsItToTheEnd() throws Exception {
        byte[] export = Files.readAllBytes(WordPressImportTest.EXPORT);
        var accepted = as("admin").multiPart("file", "anchor-gazette.xml", export, "application/xml")
                .multiPart("uploads", "uploads.zip", zipOf(WordPressImportTest.UPLOADS, "wp-content/uploads/"), "application/zip")
                .multiPart("dryRun", "false")
                .post("/api/v1/imports").then().statusCode(202).body("status", equalTo("queued")).extract();
        long id = accepted.jsonPath().getLong("id");
        assertThat(accepted.header("Location")).endsWith("/api/v1/imports/" + id);

        JsonPath job = awaitEnd(id);
        assertThat(job.getString("status")).as("error: " + job.getString("error")).isEqualTo("done");
        assertThat(job.getInt("counts.found.'post publish en'")).isEqualTo(31);
        assertThat(job.getInt("itemsDone")).isEqualTo(job.getInt("itemsTotal"));
        assertThat(job.getList("report", String.class)).first().asString().startsWith("Import of http://127.0.0.1:8081");
        given().redirects().follow(false).get("/2017/06/cartoon-the-ferry-queue/").then().statusCode(301)
                .header("Location", "/articles/cartoon-the-ferry-queue");
        given().get("/wp-content/uploads/2017/06/cartoon-ferry.jpg").then().statusCode(200).contentType("image/jpeg");
        as("admin").get("/api/v1/imports").then().body("id", org.hamcrest.Matchers.hasItem((int) id));
    }

    @Test
    void anImportCutOffByARestartIsResumedFromItsFilesAndImportsNothingTwice(@TempDir Path dir) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        WxrBuilder site = new WxrBuilder("https://resume-" + run + ".example").category("news-" + run, "News");
        for (int i = 1; i <= 3; i++) {
            site.post(i, "resumed-" + i + "-" + run, "Resumed " + i + " " + run, "<p>Post " + i + ".</p>", "2021-01-0" + i + " 09:00:00",
                    "category:news-" + run);
        }
        byte[] export = Files.readAllBytes(site.write(dir, "resume.xml"));
        long id = as("admin").multiPart("file", "resume.xml", export, "application/xml").multiPart("dryRun", "false")
                .post("/api/v1/imports").then().statusCode(202).extract().jsonPath().getLong("id");
        assertThat(awaitEnd(id).getString("status")).isEqualTo("done");
        as("admin").post("/api/v1/imports/" + id + "/resume").then().statusCode(400).body("errors.field", hasItem("job"));

        // what a restart does to an import it cut off
        QuarkusTransaction.requiringNew().run(() -> ImportJob.update("status = 'failed', error = 'Stopped by a restart' where id = ?1", id));
        as("editor").post("/api/v1/imports/" + id + "/resume").then().statusCode(403);
        long again = as("admin").post("/api/v1/imports/" + id + "/resume").then().statusCode(202).body("status", equalTo("queued"))
                .extract().jsonPath().getLong("id");
        JsonPath resumed = awaitEnd(again);
        assertThat(resumed.getString("status")).isEqualTo("done");
        assertThat(resumed.getInt("counts.done.'unchanged article'")).isEqualTo(3);
        assertThat(resumed.getMap("counts.done")).doesNotContainKey("created article");
        given().get("/articles/resumed-3-" + run).then().statusCode(200);
        as("admin").post("/api/v1/imports/" + id + "/resume").then().statusCode(400)
                .body("errors.message", hasItem(containsString("resumed already, as import " + again)));

        // on the desk: a resumed import names its successor; a failed one offers to resume, and resuming shows the new one
        BrowserSession desk = BrowserSession.signedIn(admin, "admin");
        Page resumedOnce = desk.get(admin + "/site/import/" + id);
        assertThat(resumedOnce.document().select("form.resume-import")).isEmpty();
        assertThat(resumedOnce.document().select(".import-progress a[href=/admin/site/import/" + again + "]")).isNotEmpty();
        assertThat(desk.get(admin + "/site/import/" + again).document().select("form.resume-import")).as("only failed ones").isEmpty();
        QuarkusTransaction.requiringNew().run(() -> ImportJob.update("status = 'failed', error = 'Stopped by a restart' where id = ?1", again));
        Page failed = desk.get(admin + "/site/import/" + again);
        assertThat(failed.document().select("form.resume-import").attr("action")).isEqualTo("/admin/site/import/" + again + "/resume");
        Page next = desk.submit(failed, "form.resume-import", Map.of());
        assertThat(next.uri().getPath()).matches("/admin/site/import/\\d+").isNotEqualTo("/admin/site/import/" + again);
    }

    @Inject
    ImportJobs jobs;

    @Test
    void onlyImportsOfANodeThatStoppedAnsweringAreMarkedFailed() {
        long alive = QuarkusTransaction.requiringNew().call(() -> job("node-still-running", "NOW(6)"));
        long gone = QuarkusTransaction.requiringNew().call(() -> job("node-that-stopped", "NOW(6) - INTERVAL 5 MINUTE"));
        jobs.reclaim();
        as("admin").get("/api/v1/imports/" + alive).then().body("status", equalTo("running"));
        as("admin").get("/api/v1/imports/" + gone).then().body("status", equalTo("failed"))
                .body("error", containsString("resume it"));
        QuarkusTransaction.requiringNew().run(() -> ImportJob.update("status = 'failed' where id = ?1", alive));
    }

    /** A running import as another node records it, its last heartbeat at {@code heartbeat} (SQL). */
    private static long job(String node, String heartbeat) {
        var em = ImportJob.getEntityManager();
        em.createNativeQuery("INSERT INTO wordpress_import_job (status, dry_run, file_name, export_path, created_by, created_at,"
                + " items_done, items_total, node, heartbeat_at) VALUES ('running', 0, 'other.xml', '/nonexistent/export.xml', 'admin',"
                + " NOW(6), 3, 10, ?1, " + heartbeat + ")").setParameter(1, node).executeUpdate();
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    }

    @Test
    void badInputIsRefusedWithAReasonAndNothingIsImported() throws Exception {
        as("editor").multiPart("file", "x.xml", "<rss/>".getBytes(StandardCharsets.UTF_8), "application/xml")
                .post("/api/v1/imports").then().statusCode(403);

        ByteArrayOutputStream evil = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(evil)) {
            zip.putNextEntry(new ZipEntry("../../escape.txt"));
            zip.write("out".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        as("admin").multiPart("file", "export.xml", Files.readAllBytes(WordPressImportTest.EXPORT), "application/xml")
                .multiPart("uploads", "uploads.zip", evil.toByteArray(), "application/zip")
                .post("/api/v1/imports").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("uploads")).body("errors[0].message", containsString("outside its folder"));

        as("admin").multiPart("file", "export.xml", Files.readAllBytes(WordPressImportTest.EXPORT), "application/xml")
                .multiPart("uploads", "uploads.zip", "not a zip".getBytes(StandardCharsets.UTF_8), "application/zip")
                .post("/api/v1/imports").then().statusCode(400).body("errors[0].message", containsString("not a zip"));

        long id = as("admin").multiPart("file", "holiday.html", "<html><body>hello</body></html>".getBytes(StandardCharsets.UTF_8),
                "text/html").post("/api/v1/imports").then().statusCode(202).extract().jsonPath().getLong("id");
        JsonPath job = awaitEnd(id);
        assertThat(job.getString("status")).isEqualTo("failed");
        assertThat(job.getString("error")).contains("not a WordPress export");
        as("admin").get("/api/v1/imports/987654321").then().statusCode(404);
    }

    private static JsonPath awaitEnd(long id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        JsonPath job = as("admin").get("/api/v1/imports/" + id).then().statusCode(200).extract().jsonPath();
        while (List.of("queued", "running").contains(job.getString("status")) && Instant.now().isBefore(deadline)) {
            Thread.sleep(300);
            job = as("admin").get("/api/v1/imports/" + id).then().statusCode(200).extract().jsonPath();
        }
        return job;
    }

    private static byte[] zipOf(Path folder, String prefix) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                zip.putNextEntry(new ZipEntry(prefix + folder.relativize(file).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
