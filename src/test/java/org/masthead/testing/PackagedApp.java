package org.masthead.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.masthead.devstack.DevStack;
import org.masthead.devstack.DevStackSettings;
import org.masthead.devstack.MariaDbServer;

/**
 * The jar that `./mvnw package` builds, started as production starts it: `java -jar` with the
 * standard environment variables only, against servers it did not start. Its output goes to
 * target/packaged-app-{name}.log.
 */
public final class PackagedApp {

    public static final Path JAR = Path.of(System.getProperty("masthead.app.jar", "target/quarkus-app/quarkus-run.jar"));
    private static final String SECRET = "masthead-dev-secret-change-me-in-production";

    private PackagedApp() {
    }

    /**
     * MariaDB and Keycloak for the packaged app to use, as production would have them: fresh, on
     * free ports, their files under {@code dir}. When this JVM already runs the dev stack (Quarkus'
     * JUnit launcher reads the test configuration, which brings it up), that pair is answered.
     */
    public static DevStack servers(String dir) {
        return DevStack.start(DevStackSettings.from(name -> Optional.ofNullable(switch (name) {
            case "masthead.devstack.dir" -> dir;
            case "masthead.devstack.db-port", "masthead.devstack.keycloak-port" -> "0";
            case "masthead.devstack.fresh-data" -> "true";
            default -> null;
        })));
    }

    /** The address the packaged app is told readers use: links it writes must name it, whatever Host a request carries. */
    public static final String PUBLIC_URL = "https://news.example.test";

    /** The variables production sets, for a MariaDB started by the dev stack. */
    public static Map<String, String> standardVariables(String jdbcUrl, String authServerUrl) {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", System.getenv("PATH"));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        env.put("QUARKUS_DATASOURCE_USERNAME", MariaDbServer.USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", MariaDbServer.PASSWORD);
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", authServerUrl);
        env.put("QUARKUS_OIDC_CLIENT_ID", "masthead-web");
        env.put("QUARKUS_OIDC_CREDENTIALS_SECRET", SECRET);
        env.put("MASTHEAD_SITE_PUBLIC_URL", PUBLIC_URL);
        env.put("MASTHEAD_PREVIEW_SECRET", "packaged-app-test-preview-secret-of-48-bytes-0123");
        return env;
    }

    public static Process launch(Map<String, String> env, String name, List<String> jvmOptions) throws IOException {
        return launch(env, name, jvmOptions, List.of());
    }

    /** The jar with program arguments, e.g. {@code import-wordpress FILE}. */
    public static Process launch(Map<String, String> env, String name, List<String> jvmOptions, List<String> arguments)
            throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(Files.createTempDirectory("masthead-packaged").toFile())
                .redirectErrorStream(true)
                .redirectOutput(log(name).toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        return builder.start();
    }

    public static Path log(String name) {
        return Path.of("target", "packaged-app-" + name + ".log").toAbsolutePath();
    }

    /** Waits until the app answers ready, failing at once if its process ends. */
    public static void awaitReady(Process app, String base, String name) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            if (!app.isAlive()) {
                throw new AssertionError("The packaged app ended while starting; see " + log(name));
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // the app is still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The packaged app did not become ready within 90 s; see " + log(name));
    }

    public static int freePort() throws IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
