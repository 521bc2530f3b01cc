package org.masthead.boot;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.devstack.DevStack;
import org.masthead.devstack.MariaDbServer;
import org.masthead.testing.PackagedApp;

/**
 * The production path: the jar that `./mvnw package` builds, started with `java -jar` and nothing
 * but the standard environment variables, against a MariaDB and a Keycloak it did not start.
 */
class PackagedApplicationIT {


    private static DevStack servers;

    @BeforeAll
    static void startExternalServers() {
        assertThat(PackagedApp.JAR).as("run ./mvnw package first").exists();
        servers = PackagedApp.servers("target/devstack-it");
    }

    @AfterAll
    static void stopExternalServers() {
        servers.stop();
    }

    @Test
    void migratesAndServesGivenOnlyTheStandardVariables() throws Exception {
        String jdbcUrl = servers.mariaDb().jdbcUrl().replace("/" + MariaDbServer.DATABASE, "/masthead_packaged");
        execute("CREATE DATABASE masthead_packaged CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        int port = PackagedApp.freePort();
        Map<String, String> env = PackagedApp.standardVariables(jdbcUrl, servers.keycloak().realmUrl());
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));

        Process app = PackagedApp.launch(env, "migrates", List.of());
        try {
            String base = "http://localhost:" + port;
            PackagedApp.awaitReady(app, base, "migrates");
            given().baseUri(base).get("/q/health/ready").then().statusCode(200)
                    .body("status", org.hamcrest.Matchers.equalTo("UP"));
            given().baseUri(base).redirects().follow(false).get("/admin").then().statusCode(302)
                    .header("Location", startsWith(servers.keycloak().realmUrl() + "/protocol/openid-connect/auth"));
            given().baseUri(base).get("/api/v1/me").then().statusCode(401);
            // behind the TLS proxy (loopback is trusted by default) the sign-in link comes back to the public https address
            given().baseUri(base).redirects().follow(false).header("X-Forwarded-Proto", "https")
                    .header("X-Forwarded-Host", "news.example.test").get("/admin").then().statusCode(302)
                    .header("Location", containsString("redirect_uri=https%3A%2F%2Fnews.example.test%2Fadmin"));
            given().baseUri(base).header("Host", "evil.example").get("/").then().statusCode(200)
                    .body(containsString("<link rel=\"canonical\" href=\"" + PackagedApp.PUBLIC_URL + "/\">"))
                    .body(not(containsString("evil.example")));
            assertThat(appliedMigrations(jdbcUrl)).contains("db/migration/V1__create_site_settings.sql");
            assertThat(Files.readAllLines(PackagedApp.log("migrates"))).as("without an SMTP server, one line says no mail goes out")
                    .filteredOn(line -> line.contains("sends no email")).singleElement().asString()
                    .contains("No SMTP server is configured (QUARKUS_MAILER_HOST)");
        } finally {
            app.destroy();
            assertThat(app.waitFor(30, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        }
    }

    @Test
    void forwardedHeadersFromAnAddressThatIsNotATrustedProxyAreIgnored() throws Exception {
        int port = PackagedApp.freePort();
        Map<String, String> env = PackagedApp.standardVariables(servers.mariaDb().jdbcUrl(), servers.keycloak().realmUrl());
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES", "192.0.2.10");
        Process app = PackagedApp.launch(env, "untrusted-proxy", List.of());
        try {
            String base = "http://localhost:" + port;
            PackagedApp.awaitReady(app, base, "untrusted-proxy");
            given().baseUri(base).redirects().follow(false).header("X-Forwarded-Proto", "https")
                    .header("X-Forwarded-Host", "attacker.example").get("/admin").then().statusCode(302)
                    .header("Location", containsString("redirect_uri=http%3A%2F%2Flocalhost%3A" + port + "%2Fadmin"))
                    .header("Location", not(containsString("attacker.example")));
        } finally {
            app.destroy();
            app.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void importsAWordPressExportFromTheCommandLine() throws Exception {
        execute("CREATE DATABASE masthead_import CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        String jdbcUrl = servers.mariaDb().jdbcUrl().replace("/" + MariaDbServer.DATABASE, "/masthead_import");
        Map<String, String> env = PackagedApp.standardVariables(jdbcUrl, servers.keycloak().realmUrl());
        String export = Path.of("src/test/fixtures/wordpress/small.wxr").toAbsolutePath().toString();
        String uploads = Path.of("src/test/fixtures/wordpress/uploads").toAbsolutePath().toString();

        List<String> dry = runToEnd(env, "import-dry", List.of("import-wordpress", export, "--uploads", uploads, "--dry-run"));
        assertThat(dry).anyMatch(line -> line.startsWith("Dry run of the import of http://127.0.0.1:8081"))
                .anyMatch(line -> line.matches("\\s*post publish en\\s+31"));
        assertThat(count(jdbcUrl, "SELECT COUNT(*) FROM content_item")).as("a dry run writes nothing").isZero();

        List<String> done = runToEnd(env, "import-real", List.of("import-wordpress", export, "--uploads", uploads,
                "--edition-of-category", "farsi=fa", "--as", "admin"));
        assertThat(done).anyMatch(line -> line.matches("\\s*created article\\s+36")).anyMatch(line -> line.matches("\\s*created digest\\s+1"))
                .anyMatch(line -> line.contains("imported 46 of 46"));
        assertThat(count(jdbcUrl, "SELECT COUNT(*) FROM content_item")).isEqualTo(40);
        assertThat(count(jdbcUrl, "SELECT COUNT(*) FROM audit_event WHERE action = 'IMPORT' AND comment LIKE 'imported from WordPress % by admin'"))
                .isEqualTo(40);

        List<String> wrong = runToEnd(env, "import-wrong", List.of("import-wordpress", uploads + "/2017/06/river-photo.jpg"), 1);
        assertThat(wrong).anyMatch(line -> line.startsWith("Import refused:") && line.contains("Nothing was written"));
    }

    @Test
    void twoNodesOnOneDatabaseServeATakedownWithinASecondOfEachOther() throws Exception {
        execute("CREATE DATABASE masthead_nodes CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        String jdbcUrl = servers.mariaDb().jdbcUrl().replace("/" + MariaDbServer.DATABASE, "/masthead_nodes");
        int portA = PackagedApp.freePort();
        int portB = PackagedApp.freePort();
        Map<String, String> envA = PackagedApp.standardVariables(jdbcUrl, servers.keycloak().realmUrl());
        envA.put("QUARKUS_HTTP_PORT", Integer.toString(portA));
        Process a = PackagedApp.launch(envA, "node-a", List.of());
        Process b = null;
        try {
            String nodeA = "http://localhost:" + portA;
            PackagedApp.awaitReady(a, nodeA, "node-a"); // A migrates first; B finds the schema made
            Map<String, String> envB = new java.util.HashMap<>(envA);
            envB.put("QUARKUS_HTTP_PORT", Integer.toString(portB));
            b = PackagedApp.launch(envB, "node-b", List.of());
            String nodeB = "http://localhost:" + portB;
            PackagedApp.awaitReady(b, nodeB, "node-b");

            String editor = token("editor");
            String reviewer = token("reviewer");
            long id = given().baseUri(nodeA).auth().oauth2(editor).contentType("application/json")
                    .body(Map.of("title", "A story to take down", "language", "en", "body", "<p>Wrong.</p>"))
                    .post("/api/v1/articles").then().statusCode(201).extract().jsonPath().getLong("id");
            int version = given().baseUri(nodeA).auth().oauth2(editor).get("/api/v1/articles/" + id).then().extract().path("version");
            given().baseUri(nodeA).auth().oauth2(editor).contentType("application/json").body(Map.of("version", version))
                    .post("/api/v1/articles/" + id + "/submit").then().statusCode(200);
            version = given().baseUri(nodeA).auth().oauth2(reviewer).get("/api/v1/articles/" + id).then().extract().path("version");
            given().baseUri(nodeA).auth().oauth2(reviewer).contentType("application/json").body(Map.of("version", version))
                    .post("/api/v1/articles/" + id + "/approve").then().statusCode(200);
            String page = "/articles/a-story-to-take-down";
            awaitStatus(nodeB, page, 200); // node B's cache learns the new page too (its listings were cached)
            given().baseUri(nodeB).get(page).then().statusCode(200); // now cached on B

            version = given().baseUri(nodeA).auth().oauth2(reviewer).get("/api/v1/articles/" + id).then().extract().path("version");
            given().baseUri(nodeA).auth().oauth2(reviewer).contentType("application/json").body(Map.of("version", version))
                    .post("/api/v1/articles/" + id + "/unpublish").then().statusCode(200);
            long took = awaitStatus(nodeB, page, 404);
            System.out.println("Node B stopped serving the unpublished article " + took + " ms after node A took it down");
            assertThat(took).as("milliseconds until node B stops serving the unpublished article").isLessThan(1500);
        } finally {
            a.destroy();
            if (b != null) {
                b.destroy();
                b.waitFor(30, TimeUnit.SECONDS);
            }
            a.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** How long until {@code path} on {@code base} answers {@code status}, in milliseconds; fails after 10 s. */
    private static long awaitStatus(String base, String path, int status) throws InterruptedException {
        long start = System.nanoTime();
        while (given().baseUri(base).redirects().follow(false).get(path).statusCode() != status) {
            assertThat(System.nanoTime() - start).as(base + path + " never answered " + status).isLessThan(10_000_000_000L);
            Thread.sleep(50);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static String token(String user) {
        return given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "password")
                .formParam("client_id", "masthead-test").formParam("username", user).formParam("password", user)
                .post(servers.keycloak().realmUrl() + "/protocol/openid-connect/token").then().statusCode(200).extract()
                .path("access_token");
    }

    private static List<String> runToEnd(Map<String, String> env, String name, List<String> arguments) throws Exception {
        return runToEnd(env, name, arguments, 0);
    }

    private static List<String> runToEnd(Map<String, String> env, String name, List<String> arguments, int exit) throws Exception {
        Process command = PackagedApp.launch(env, name, List.of(), arguments);
        assertThat(command.waitFor(120, TimeUnit.SECONDS)).as(name + " ends").isTrue();
        List<String> output = Files.readAllLines(PackagedApp.log(name));
        assertThat(command.exitValue()).as(name + " exit status; output: " + output).isEqualTo(exit);
        return output;
    }

    private static long count(String jdbcUrl, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, MariaDbServer.USER, MariaDbServer.PASSWORD);
                ResultSet rows = c.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void carriesNeitherTheDevStackNorTheDemoData() throws Exception {
        List<String> entries = new ArrayList<>();
        try (Stream<Path> jars = Files.walk(PackagedApp.JAR.getParent())) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                try (ZipFile zip = new ZipFile(jar.toFile())) {
                    zip.stream().map(e -> jar.getFileName() + "!" + e.getName()).forEach(entries::add);
                }
            }
        }
        assertThat(entries).as("the application's own classes are in it").anyMatch(e -> e.contains("org/masthead/content/"));
        assertThat(entries).noneMatch(e -> e.contains("org/masthead/devstack/") || e.contains("org/masthead/demo/")
                || e.endsWith("META-INF/services/io.smallrye.config.ConfigSourceFactory") && e.startsWith("masthead-"));
    }

    @Test
    void unreachableDatabaseFailsWithOneLineNamingIt() throws Exception {
        String jdbcUrl = "jdbc:mariadb://127.0.0.1:" + PackagedApp.freePort() + "/masthead";
        Map<String, String> env = PackagedApp.standardVariables(jdbcUrl, servers.keycloak().realmUrl());
        env.put("MASTHEAD_STARTUP_WAIT", "2s");

        List<String> errors = errorLinesOfFailedStart(env, "no-database");

        assertThat(errors).singleElement().asString()
                .contains("the database at " + jdbcUrl)
                .contains("QUARKUS_DATASOURCE_JDBC_URL");
    }

    @Test
    void refusesToStartWithoutThePublicAddress() throws Exception {
        Map<String, String> env = PackagedApp.standardVariables(servers.mariaDb().jdbcUrl(), servers.keycloak().realmUrl());
        env.remove("MASTHEAD_SITE_PUBLIC_URL");

        List<String> errors = errorLinesOfFailedStart(env, "no-public-url");

        assertThat(errors).singleElement().asString().contains("MASTHEAD_SITE_PUBLIC_URL is not set");
    }

    @Test
    void refusesToStartWithoutThePreviewSecretEveryNodeShares() throws Exception {
        Map<String, String> env = PackagedApp.standardVariables(servers.mariaDb().jdbcUrl(), servers.keycloak().realmUrl());
        env.remove("MASTHEAD_PREVIEW_SECRET");

        List<String> errors = errorLinesOfFailedStart(env, "no-preview-secret");

        assertThat(errors).singleElement().asString().contains("MASTHEAD_PREVIEW_SECRET is not set");
    }

    @Test
    void refusesAShortPreviewSecret() throws Exception {
        Map<String, String> env = PackagedApp.standardVariables(servers.mariaDb().jdbcUrl(), servers.keycloak().realmUrl());
        env.put("MASTHEAD_PREVIEW_SECRET", "too-short");

        List<String> errors = errorLinesOfFailedStart(env, "short-preview-secret");

        assertThat(errors).singleElement().asString().contains("MASTHEAD_PREVIEW_SECRET is shorter than 32 bytes");
    }

    @Test
    void wrongDatabasePasswordFailsAtOnceWithOneLine() throws Exception {
        Map<String, String> env = PackagedApp.standardVariables(servers.mariaDb().jdbcUrl(), servers.keycloak().realmUrl());
        env.put("QUARKUS_DATASOURCE_PASSWORD", "not-the-password");

        List<String> errors = errorLinesOfFailedStart(env, "bad-password");

        assertThat(errors).singleElement().asString().contains("Access denied").contains("QUARKUS_DATASOURCE_PASSWORD");
    }

    @Test
    void wrongKeycloakUrlFailsWithOneLineNamingIt() throws Exception {
        String wrongRealm = servers.keycloak().baseUrl() + "/realms/no-such-realm";
        Map<String, String> env = PackagedApp.standardVariables(servers.mariaDb().jdbcUrl(), wrongRealm);

        List<String> errors = errorLinesOfFailedStart(env, "bad-keycloak");

        assertThat(errors).singleElement().asString()
                .contains("Keycloak at " + wrongRealm)
                .contains("QUARKUS_OIDC_AUTH_SERVER_URL");
    }

    private static List<String> errorLinesOfFailedStart(Map<String, String> env, String name) throws Exception {
        Process app = PackagedApp.launch(env, name, List.of());
        boolean exited = app.waitFor(60, TimeUnit.SECONDS);
        if (!exited) {
            app.destroyForcibly();
        }
        assertThat(exited).as("exits instead of running half-configured").isTrue();
        assertThat(app.exitValue()).isNotZero();
        List<String> output = Files.readAllLines(PackagedApp.log(name));
        assertThat(output).noneMatch(line -> line.contains("Exception") || line.strip().startsWith("at "));
        return output.stream().filter(line -> line.contains("ERROR")).toList();
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(servers.mariaDb().jdbcUrl(), MariaDbServer.USER, MariaDbServer.PASSWORD)) {
            c.createStatement().execute(sql);
        }
    }

    private static List<String> appliedMigrations(String jdbcUrl) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, MariaDbServer.USER, MariaDbServer.PASSWORD);
                ResultSet rows = c.createStatement().executeQuery(
                        "SELECT script FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank")) {
            List<String> scripts = new java.util.ArrayList<>();
            while (rows.next()) {
                scripts.add(rows.getString(1));
            }
            return scripts;
        }
    }
}
