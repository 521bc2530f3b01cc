package org.masthead.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;

/**
 * A real Keycloak server from org.keycloak:keycloak-quarkus-dist, started in dev mode. The
 * realm file is imported into a fresh Keycloak database at every start, so the dev realm always
 * matches docker/keycloak/ and edits to that file apply on the next run.
 */
public final class KeycloakServer {

    private static final Logger LOG = Logger.getLogger(KeycloakServer.class);

    public static final String REALM = "masthead";
    /** The bootstrap administrator of the development server's master realm. */
    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin";

    private final DevStackSettings settings;
    private final int port;
    private final ServerProcess process;

    KeycloakServer(DevStackSettings settings, int port) {
        this.settings = settings;
        this.port = port;
        Path runDir = settings.dir().resolve("keycloak");
        this.process = new ServerProcess("Keycloak", runDir.resolve("keycloak.pid"), runDir.resolve("keycloak.log"));
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public String realmUrl() {
        return baseUrl() + "/realms/" + REALM;
    }

    void stopLeftover() {
        process.stopLeftover();
    }

    public void start() {
        ServerProcess.requireFreePort(port, "Keycloak", "masthead.devstack.keycloak-port");
        Path realmFile = settings.realmFile();
        if (!Files.isRegularFile(realmFile)) {
            throw new DevStackException("The realm file " + realmFile.toAbsolutePath()
                    + " does not exist; run from the project folder or set masthead.devstack.realm-file");
        }
        Path home = distribution();
        try {
            DevStackFiles.deleteRecursively(home.resolve("data/h2"));
            Path importDir = home.resolve("data/import");
            DevStackFiles.deleteRecursively(importDir);
            Files.createDirectories(importDir);
            Files.copy(realmFile, importDir.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new DevStackException("Cannot prepare Keycloak in " + home + ": " + e.getMessage(), e);
        }
        LOG.infof("Starting Keycloak %s on port %d (log: %s)", settings.keycloakVersion(), port, process.logFile());
        Process started = process.start(
                List.of(home.resolve("bin/kc.sh").toString(), "start-dev", "--http-host=127.0.0.1", "--http-port=" + port,
                        "--import-realm"),
                home,
                Map.of("JAVA_HOME", System.getProperty("java.home"),
                        "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m",
                        "KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER,
                        "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        process.awaitReady(started, Duration.ofSeconds(180), () -> servesRealm(http));
        LOG.infof("Keycloak is ready at %s (admin console: %s/admin, %s/%s)", realmUrl(), baseUrl(), ADMIN_USER,
                ADMIN_PASSWORD);
    }

    public void stop() {
        process.stop();
    }

    private boolean servesRealm(HttpClient http) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(realmUrl() + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(2)).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Keycloak writes into its own folder (build cache, database), so each stack folder has its own copy. */
    private Path distribution() {
        String version = settings.keycloakVersion();
        return DevStackFiles.unpackOnce(
                () -> settings.artifacts().resolve("org.keycloak", "keycloak-quarkus-dist", version, "zip"),
                "keycloak-" + version + "/", settings.dir().resolve("keycloak-" + version), "Keycloak " + version);
    }
}
