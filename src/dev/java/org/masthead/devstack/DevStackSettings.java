package org.masthead.devstack;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The dev stack's settings, keys under {@code masthead.devstack.}. They are read while the
 * configuration itself is being built (before CDI exists), hence a record and not a
 * {@code @ConfigMapping}.
 */
public record DevStackSettings(
        Path dir,
        Path cacheDir,
        int dbPort,
        int keycloakPort,
        boolean freshData,
        Path realmFile,
        String mavenRepository,
        String mariaDbVersion,
        String keycloakVersion) {

    public static final String PREFIX = "masthead.devstack.";

    /** Reads every setting through {@code lookup} (full property name → value), applying the defaults. */
    public static DevStackSettings from(Function<String, Optional<String>> lookup) {
        Function<String, Optional<String>> setting = key -> lookup.apply(PREFIX + key).filter(v -> !v.isBlank());
        return new DevStackSettings(
                Path.of(setting.apply("dir").orElse(".devstack")).toAbsolutePath(),
                Path.of(setting.apply("cache-dir").orElse(System.getProperty("user.home") + "/.cache/masthead"))
                        .toAbsolutePath(),
                Integer.parseInt(setting.apply("db-port").orElse("3307")),
                Integer.parseInt(setting.apply("keycloak-port").orElse("8180")),
                Boolean.parseBoolean(setting.apply("fresh-data").orElse("false")),
                Path.of(setting.apply("realm-file").orElse("docker/keycloak/masthead-realm-dev.json")).toAbsolutePath(),
                setting.apply("maven-repository").orElse("https://repo.maven.apache.org/maven2"),
                setting.apply("mariadb-version").orElse("11.4.5"),
                setting.apply("keycloak-version").orElse("26.7.3"));
    }

    public DevStackSettings withPorts(int db, int keycloak) {
        return new DevStackSettings(dir, cacheDir, db, keycloak, freshData, realmFile, mavenRepository, mariaDbVersion,
                keycloakVersion);
    }

    /** The same settings as properties that {@link #from} reads back. */
    Map<String, String> asProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(PREFIX + "dir", dir.toString());
        properties.put(PREFIX + "cache-dir", cacheDir.toString());
        properties.put(PREFIX + "db-port", Integer.toString(dbPort));
        properties.put(PREFIX + "keycloak-port", Integer.toString(keycloakPort));
        properties.put(PREFIX + "fresh-data", Boolean.toString(freshData));
        properties.put(PREFIX + "realm-file", realmFile.toString());
        properties.put(PREFIX + "maven-repository", mavenRepository);
        properties.put(PREFIX + "mariadb-version", mariaDbVersion);
        properties.put(PREFIX + "keycloak-version", keycloakVersion);
        return properties;
    }

    MavenArtifacts artifacts() {
        return new MavenArtifacts(MavenArtifacts.defaultLocalRepository(), mavenRepository);
    }
}
