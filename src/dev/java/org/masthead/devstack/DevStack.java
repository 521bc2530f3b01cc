package org.masthead.devstack;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.jboss.logging.Logger;

/**
 * The development and test servers, MariaDB and Keycloak, brought up once per JVM and stopped
 * when the JVM exits. The record of what runs lives in system properties because the
 * application is reloaded in fresh class loaders (dev mode, test profiles) while the servers stay.
 */
public final class DevStack {

    private static final Logger LOG = Logger.getLogger(DevStack.class);
    private static final String RUNNING = "masthead.devstack.running.";

    private final DevStackSettings settings;
    private final MariaDbServer mariaDb;
    private final KeycloakServer keycloak;

    private DevStack(DevStackSettings settings) {
        this.settings = settings;
        this.mariaDb = new MariaDbServer(settings, settings.dbPort());
        this.keycloak = new KeycloakServer(settings, settings.keycloakPort());
    }

    public MariaDbServer mariaDb() {
        return mariaDb;
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    public DevStackSettings settings() {
        return settings;
    }

    /** The stack this JVM started, if any. */
    public static Optional<DevStack> running() {
        if (System.getProperty(RUNNING + "db-port") == null) {
            return Optional.empty();
        }
        return Optional.of(new DevStack(DevStackSettings.from(
                key -> Optional.ofNullable(System.getProperty(RUNNING + key.substring(DevStackSettings.PREFIX.length()))))));
    }

    /** Starts both servers unless this JVM already runs them; either way answers the running stack. */
    public static DevStack start(DevStackSettings requested) {
        // System properties are the one monitor every class loader of this JVM shares.
        synchronized (System.getProperties()) {
            Optional<DevStack> running = running();
            if (running.isPresent()) {
                return running.get();
            }
            DevStack stack = new DevStack(requested.withPorts(
                    requested.dbPort() == 0 ? ServerProcess.freePort() : requested.dbPort(),
                    requested.keycloakPort() == 0 ? ServerProcess.freePort() : requested.keycloakPort()));
            stack.bringUp();
            stack.settings.asProperties().forEach((key, value) -> System.setProperty(
                    RUNNING + key.substring(DevStackSettings.PREFIX.length()), value));
            Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "masthead-devstack-stop"));
            return stack;
        }
    }

    private void bringUp() {
        mariaDb.stopLeftover();
        keycloak.stopLeftover();
        // Both ports are checked before either server starts, so a taken port costs no waiting.
        ServerProcess.requireFreePort(settings.dbPort(), "MariaDB", "masthead.devstack.db-port");
        ServerProcess.requireFreePort(settings.keycloakPort(), "Keycloak", "masthead.devstack.keycloak-port");
        if (settings.freshData()) {
            mariaDb.deleteData();
        }
        // Keycloak takes the longest, so both start side by side.
        CompletableFuture<Void> keycloakStarted = CompletableFuture.runAsync(keycloak::start);
        try {
            mariaDb.start();
            keycloakStarted.join();
        } catch (RuntimeException e) {
            keycloakStarted.exceptionally(ignored -> null).join();
            stop();
            throw e instanceof CompletionException && e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    public void stop() {
        LOG.info("Stopping the development MariaDB and Keycloak");
        mariaDb.stop();
        keycloak.stop();
    }

    /** What the application needs to use these servers, as configuration properties. */
    public Map<String, String> configuration() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("quarkus.datasource.jdbc.url", mariaDb.jdbcUrl());
        properties.put("quarkus.datasource.username", MariaDbServer.USER);
        properties.put("quarkus.datasource.password", MariaDbServer.PASSWORD);
        properties.put("quarkus.oidc.auth-server-url", keycloak.realmUrl());
        properties.put("masthead.devstack.keycloak-url", keycloak.baseUrl());
        return properties;
    }
}
