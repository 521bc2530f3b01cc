package org.masthead.ops;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.masthead.devstack.DevStack;
import org.masthead.devstack.MariaDbServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real MariaDB replica of the test run's MariaDB: a second mariadbd from the same binaries, empty at start, following
 * the primary's binary log by GTID. The app gets it as its readers' datasource.
 */
public class ReplicaResource implements QuarkusTestResourceLifecycleManager {

    static MariaDbServer replica;
    static MariaDbServer primary;

    @Override
    public Map<String, String> start() {
        DevStack stack = DevStack.running().orElseThrow(() -> new IllegalStateException("the dev stack is not running yet"));
        primary = stack.mariaDb();
        replica = MariaDbServer.replica(stack.settings(), Path.of("target/replica"), freePort(), 2);
        replica.deleteData();
        replica.start();
        replica.replicateFrom(primary);
        awaitCaughtUp();
        return Map.of("quarkus.datasource.replica.jdbc.url", replica.jdbcUrl(),
                "quarkus.datasource.replica.username", MariaDbServer.USER,
                "quarkus.datasource.replica.password", MariaDbServer.PASSWORD);
    }

    @Override
    public void stop() {
        if (replica != null) {
            replica.stop();
        }
    }

    /** Waits (up to a minute) until the replica has applied everything the primary has committed. */
    static void awaitCaughtUp() {
        String position = query(primary, "SELECT @@GLOBAL.gtid_binlog_pos");
        String waited = query(replica, "SELECT MASTER_GTID_WAIT('" + position + "', 60)");
        if (!"0".equals(waited)) {
            throw new IllegalStateException("the replica did not reach " + position + " within a minute; see target/replica/mariadb.log");
        }
    }

    /** Runs statements on the replica itself, as its administrator (read_only lifted for them). */
    static void onReplica(String... statements) {
        try (Connection connection = DriverManager.getConnection(replica.jdbcUrl(), MariaDbServer.USER, MariaDbServer.PASSWORD);
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String query(MariaDbServer server, String sql) {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), MariaDbServer.USER, MariaDbServer.PASSWORD);
                Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            return result.next() ? result.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
