package org.masthead.boot;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Properties;

import org.eclipse.microprofile.config.Config;

/**
 * Is production's configuration complete, and can the configured MariaDB and Keycloak be reached?
 * Waits up to {@code masthead.startup.wait} for servers that are still starting (a compose stack),
 * but gives up at once on answers that waiting cannot fix: wrong password, unknown database, no such realm.
 */
final class DependencyCheck {

    /** The shortest preview-link secret accepted: as long as the HMAC-SHA256 key it becomes. */
    static final int PREVIEW_SECRET_BYTES = 32;

    private final Optional<String> jdbcUrl;
    private final Optional<String> dbUser;
    private final Optional<String> dbPassword;
    private final Optional<String> authServerUrl;
    private final Optional<String> clientSecret;
    private final Optional<String> publicUrl;
    private final Optional<String> previewSecret;
    private final Duration wait;

    private DependencyCheck(Optional<String> jdbcUrl, Optional<String> dbUser, Optional<String> dbPassword,
            Optional<String> authServerUrl, Optional<String> clientSecret, Optional<String> publicUrl,
            Optional<String> previewSecret, Duration wait) {
        this.jdbcUrl = jdbcUrl;
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
        this.authServerUrl = authServerUrl;
        this.clientSecret = clientSecret;
        this.publicUrl = publicUrl;
        this.previewSecret = previewSecret;
        this.wait = wait;
    }

    static DependencyCheck fromConfig(Config config) {
        return new DependencyCheck(
                config.getOptionalValue("quarkus.datasource.jdbc.url", String.class),
                config.getOptionalValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class),
                config.getOptionalValue("quarkus.oidc.auth-server-url", String.class),
                config.getOptionalValue("quarkus.oidc.credentials.secret", String.class),
                config.getOptionalValue("masthead.site.public-url", String.class),
                config.getOptionalValue("masthead.preview.secret", String.class),
                config.getOptionalValue("masthead.startup.wait", Duration.class).orElse(Duration.ofSeconds(30)));
    }

    /** The first thing that stops Masthead from working, as one sentence, or empty when all is well. */
    Optional<String> firstProblem() {
        if (jdbcUrl.isEmpty()) {
            return Optional.of("QUARKUS_DATASOURCE_JDBC_URL is not set; give it the MariaDB database, "
                    + "e.g. jdbc:mariadb://db:3306/masthead");
        }
        if (authServerUrl.isEmpty()) {
            return Optional.of("QUARKUS_OIDC_AUTH_SERVER_URL is not set; give it the Keycloak realm, "
                    + "e.g. https://sso.example.org/realms/masthead");
        }
        if (clientSecret.isEmpty()) {
            return Optional.of("QUARKUS_OIDC_CREDENTIALS_SECRET is not set; give it the secret of the Keycloak client "
                    + "masthead-web");
        }
        Optional<String> settings = settingsProblem();
        if (settings.isPresent()) {
            return settings;
        }
        Instant deadline = Instant.now().plus(wait);
        return checkDatabase(deadline).or(() -> checkKeycloak(deadline));
    }

    /** What is wrong with the settings alone, whether or not the servers are checked. */
    Optional<String> settingsProblem() {
        Optional<String> address = publicUrlProblem(publicUrl);
        if (address.isPresent()) {
            return address;
        }
        if (previewSecret.isEmpty() || previewSecret.get().isBlank()) {
            return Optional.of("MASTHEAD_PREVIEW_SECRET is not set; give it a long random string (e.g. openssl rand -base64 48), "
                    + "the same on every node, so that a preview link works on all of them and across restarts");
        }
        if (previewSecret.get().getBytes(StandardCharsets.UTF_8).length < PREVIEW_SECRET_BYTES) {
            return Optional.of("MASTHEAD_PREVIEW_SECRET is shorter than " + PREVIEW_SECRET_BYTES
                    + " bytes; give it a long random string (e.g. openssl rand -base64 48)");
        }
        return Optional.empty();
    }

    /**
     * Links in pages, feeds and sitemaps are absolute, and must never be built from the Host header
     * a client sent: production names its public address.
     */
    static Optional<String> publicUrlProblem(Optional<String> publicUrl) {
        if (publicUrl.isEmpty() || publicUrl.get().isBlank()) {
            return Optional.of("MASTHEAD_SITE_PUBLIC_URL is not set; give it the address readers use, "
                    + "e.g. https://news.example.org (links in pages, feeds and sitemaps are built from it, never from a request's Host)");
        }
        try {
            URI uri = new URI(publicUrl.get());
            boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
            if (web && uri.getHost() != null && uri.getRawQuery() == null && uri.getRawFragment() == null) {
                return Optional.empty();
            }
        } catch (URISyntaxException e) {
            // answered below
        }
        return Optional.of("MASTHEAD_SITE_PUBLIC_URL is not an http(s) address without query: " + publicUrl.get()
                + "; give it e.g. https://news.example.org");
    }

    private Optional<String> checkDatabase(Instant deadline) {
        Properties credentials = new Properties();
        dbUser.ifPresent(user -> credentials.setProperty("user", user));
        dbPassword.ifPresent(password -> credentials.setProperty("password", password));
        credentials.setProperty("connectTimeout", "5000");
        boolean announced = false;
        while (true) {
            try (Connection ignored = DriverManager.getConnection(jdbcUrl.get(), credentials)) {
                return Optional.empty();
            } catch (SQLException e) {
                String state = e.getSQLState() == null ? "" : e.getSQLState();
                String reason = firstLine(e.getMessage());
                if (!state.startsWith("08") || Instant.now().isAfter(deadline)) {
                    return Optional.of("the database at " + jdbcUrl.get() + " refused or did not answer (" + reason
                            + "); check QUARKUS_DATASOURCE_JDBC_URL, QUARKUS_DATASOURCE_USERNAME and "
                            + "QUARKUS_DATASOURCE_PASSWORD");
                }
                if (!announced) {
                    say("Waiting up to " + wait.toSeconds() + " s for the database at " + jdbcUrl.get() + " (" + reason + ")");
                    announced = true;
                }
                pause();
            }
        }
    }

    private Optional<String> checkKeycloak(Instant deadline) {
        String discovery = authServerUrl.get().replaceAll("/+$", "") + "/.well-known/openid-configuration";
        URI uri;
        try {
            uri = URI.create(discovery);
        } catch (IllegalArgumentException e) {
            return Optional.of("QUARKUS_OIDC_AUTH_SERVER_URL is not a URL: " + authServerUrl.get());
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        boolean announced = false;
        while (true) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"issuer\"")) {
                    return Optional.empty();
                }
                return Optional.of("Keycloak at " + authServerUrl.get() + " has no OpenID provider there (HTTP "
                        + response.statusCode() + " from " + discovery + "); check QUARKUS_OIDC_AUTH_SERVER_URL "
                        + "(https://host/realms/masthead)");
            } catch (IOException e) {
                if (Instant.now().isAfter(deadline)) {
                    return Optional.of("Keycloak at " + authServerUrl.get() + " is unreachable ("
                            + (e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage()))
                            + "); check QUARKUS_OIDC_AUTH_SERVER_URL");
                }
                if (!announced) {
                    say("Waiting up to " + wait.toSeconds() + " s for Keycloak at " + authServerUrl.get());
                    announced = true;
                }
                pause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.of("interrupted while checking Keycloak at " + authServerUrl.get());
            }
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }

    private static void say(String line) {
        System.err.println(LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + " INFO  [masthead] " + line);
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
