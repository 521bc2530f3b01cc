package org.masthead.boot;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.devstack.DevStack;
import org.masthead.devstack.DevStackSettings;
import org.masthead.devstack.MariaDbServer;

/**
 * The production path: the jar that `./mvnw package` builds, started with `java -jar` and nothing
 * but the standard environment variables, against a MariaDB and a Keycloak it did not start.
 */
class PackagedApplicationIT {

    private static final Path JAR = Path.of(System.getProperty("masthead.app.jar", "target/quarkus-app/quarkus-run.jar"));
    private static final String SECRET = "masthead-dev-secret-change-me-in-production";

    private static DevStack servers;

    /** Answers the servers this JVM already runs (Quarkus' JUnit launcher reads the test configuration,
     *  which brings the dev stack up), or starts a separate pair. */
    @BeforeAll
    static void startExternalServers() {
        assertThat(JAR).as("run ./mvnw package first").exists();
        servers = DevStack.start(DevStackSettings.from(name -> Optional.ofNullable(switch (name) {
            case "masthead.devstack.dir" -> "target/devstack-it";
            case "masthead.devstack.db-port", "masthead.devstack.keycloak-port" -> "0";
            case "masthead.devstack.fresh-data" -> "true";
            default -> null;
        })));
    }

    @AfterAll
    static void stopExternalServers() {
        servers.stop();
    }

    @Test
    void migratesAndServesGivenOnlyTheStandardVariables() throws Exception {
        String jdbcUrl = servers.mariaDb().jdbcUrl().replace("/" + MariaDbServer.DATABASE, "/masthead_packaged");
        execute("CREATE DATABASE masthead_packaged CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        int port = freePort();
        Map<String, String> env = standardVariables(jdbcUrl, servers.keycloak().realmUrl());
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));

        Process app = launch(env, "migrates");
        try {
            String base = "http://localhost:" + port;
            awaitReady(app, base);
            given().baseUri(base).get("/q/health/ready").then().statusCode(200)
                    .body("status", org.hamcrest.Matchers.equalTo("UP"));
            given().baseUri(base).redirects().follow(false).get("/admin").then().statusCode(302)
                    .header("Location", startsWith(servers.keycloak().realmUrl() + "/protocol/openid-connect/auth"));
            given().baseUri(base).get("/api/v1/me").then().statusCode(401);
            assertThat(appliedMigrations(jdbcUrl)).contains("db/migration/V1__create_site_settings.sql");
        } finally {
            app.destroy();
            assertThat(app.waitFor(30, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        }
    }

    @Test
    void unreachableDatabaseFailsWithOneLineNamingIt() throws Exception {
        String jdbcUrl = "jdbc:mariadb://127.0.0.1:" + freePort() + "/masthead";
        Map<String, String> env = standardVariables(jdbcUrl, servers.keycloak().realmUrl());
        env.put("MASTHEAD_STARTUP_WAIT", "2s");

        List<String> errors = errorLinesOfFailedStart(env, "no-database");

        assertThat(errors).singleElement().asString()
                .contains("the database at " + jdbcUrl)
                .contains("QUARKUS_DATASOURCE_JDBC_URL");
    }

    @Test
    void wrongDatabasePasswordFailsAtOnceWithOneLine() throws Exception {
        Map<String, String> env = standardVariables(servers.mariaDb().jdbcUrl(), servers.keycloak().realmUrl());
        env.put("QUARKUS_DATASOURCE_PASSWORD", "not-the-password");

        List<String> errors = errorLinesOfFailedStart(env, "bad-password");

        assertThat(errors).singleElement().asString().contains("Access denied").contains("QUARKUS_DATASOURCE_PASSWORD");
    }

    @Test
    void wrongKeycloakUrlFailsWithOneLineNamingIt() throws Exception {
        String wrongRealm = servers.keycloak().baseUrl() + "/realms/no-such-realm";
        Map<String, String> env = standardVariables(servers.mariaDb().jdbcUrl(), wrongRealm);

        List<String> errors = errorLinesOfFailedStart(env, "bad-keycloak");

        assertThat(errors).singleElement().asString()
                .contains("Keycloak at " + wrongRealm)
                .contains("QUARKUS_OIDC_AUTH_SERVER_URL");
    }

    private static Map<String, String> standardVariables(String jdbcUrl, String authServerUrl) {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", System.getenv("PATH"));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        env.put("QUARKUS_DATASOURCE_USERNAME", MariaDbServer.USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", MariaDbServer.PASSWORD);
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", authServerUrl);
        env.put("QUARKUS_OIDC_CLIENT_ID", "masthead-web");
        env.put("QUARKUS_OIDC_CREDENTIALS_SECRET", SECRET);
        return env;
    }

    private static Process launch(Map<String, String> env, String name) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path log = Path.of("target", "packaged-app-" + name + ".log");
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", JAR.toAbsolutePath().toString())
                .directory(Files.createTempDirectory("masthead-packaged").toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        return builder.start();
    }

    private static List<String> errorLinesOfFailedStart(Map<String, String> env, String name) throws Exception {
        Process app = launch(env, name);
        boolean exited = app.waitFor(60, TimeUnit.SECONDS);
        if (!exited) {
            app.destroyForcibly();
        }
        assertThat(exited).as("exits instead of running half-configured").isTrue();
        assertThat(app.exitValue()).isNotZero();
        List<String> output = Files.readAllLines(Path.of("target", "packaged-app-" + name + ".log"));
        assertThat(output).noneMatch(line -> line.contains("Exception") || line.strip().startsWith("at "));
        return output.stream().filter(line -> line.contains("ERROR")).toList();
    }

    private static void awaitReady(Process app, String base) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            assertThat(app.isAlive()).as("the packaged app is running (see target/packaged-app-migrates.log)").isTrue();
            try {
                if (given().baseUri(base).get("/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (Exception notYetListening) {
                // the app is still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The packaged app did not become ready within 90 s");
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

    private static int freePort() throws IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
