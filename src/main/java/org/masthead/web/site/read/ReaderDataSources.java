package org.masthead.web.site.read;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import javax.sql.DataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.masthead.shared.PublicChange;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.interceptor.Interceptor;

/**
 * Where readers' statements go: the replica datasource when one is configured and has applied every change this node
 * knows of, else the primary. A change readers see, made here or followed from another node, records the primary's
 * binlog position ({@code @@gtid_binlog_pos}) before the page cache drops its pages; until the replica has reached it
 * ({@code MASTER_GTID_WAIT} with no wait) readers are read from the primary, so a page rendered after a takedown can
 * never come from a replica that still shows the item. A replica that fails is left alone for a few seconds.
 */
@ApplicationScoped
public class ReaderDataSources {

    private static final Logger LOG = Logger.getLogger(ReaderDataSources.class);
    private static final long REST_AFTER_FAILURE_NANOS = 5_000_000_000L;

    private final DataSource primary;
    private final DataSource replica;
    /**
     * The primary's position every reader statement must see (null while it could not be read: then no replica is
     * trusted), and the last one the replica was seen to have reached.
     */
    private volatile String required = "";
    private volatile String reached = "";
    private volatile long restUntil;
    /** Whether the primary writes the binary log whose positions the replica is checked against. */
    private volatile boolean positioned;

    ReaderDataSources(DataSource primary, @ConfigProperty(name = "quarkus.datasource.replica.jdbc.url") Optional<String> replicaUrl) {
        this.primary = primary;
        this.replica = replicaUrl.filter(url -> !url.isBlank())
                .map(url -> (DataSource) Arc.container().select(AgroalDataSource.class,
                        new io.quarkus.agroal.DataSource.DataSourceLiteral("replica")).get())
                .orElse(null);
    }

    void start(@Observes StartupEvent started, MeterRegistry metrics) {
        if (replica == null) {
            return;
        }
        try (Connection connection = primary.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT @@GLOBAL.log_bin")) {
            positioned = result.next() && result.getBoolean(1);
        } catch (SQLException e) {
            positioned = false;
        }
        if (!positioned) {
            LOG.warn("A replica is configured but the primary writes no binary log (log_bin is off), so nothing tells how far"
                    + " the replica is behind: readers are read from the primary only");
            return;
        }
        required = primaryPosition();
        LOG.infof("Readers' pages are read from the replica whenever it has applied what they must show (primary at %s)", required);
        Gauge.builder("masthead.replica.lag", this, ReaderDataSources::lagSeconds).baseUnit("seconds")
                .description("Seconds_Behind_Master of the readers' replica; NaN when it does not replicate").register(metrics);
    }

    /** After this node's change commits, before the page cache drops the pages it touches. */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(Interceptor.Priority.APPLICATION) PublicChange change) {
        requireCurrent();
    }

    /**
     * Readers must from now on see everything the primary has committed. One at a time, so that positions only move
     * forward: a position read earlier never overwrites one read later.
     */
    public synchronized void requireCurrent() {
        if (replica != null && positioned) {
            required = primaryPosition();
        }
    }

    /**
     * A connection for a reader's statement, and whether it is the replica's (a failed statement there is tried again on
     * the primary).
     */
    Source connection() throws SQLException {
        if (replica != null && positioned && System.nanoTime() - restUntil >= 0) {
            if (required == null) {
                requireCurrent();
            }
            String needed = required;
            if (needed != null) {
                Connection connection = null;
                try {
                    connection = replica.getConnection();
                    if (needed.equals(reached) || caughtUp(connection, needed)) {
                        return new Source(connection, true);
                    }
                } catch (SQLException e) {
                    failed(e);
                }
                closeQuietly(connection);
            }
        }
        return new Source(primary.getConnection(), false);
    }

    record Source(Connection connection, boolean replica) {
    }

    Connection primaryConnection() throws SQLException {
        return primary.getConnection();
    }

    void failed(SQLException e) {
        restUntil = System.nanoTime() + REST_AFTER_FAILURE_NANOS;
        // it may come back as another server (rebuilt, failed over): what it had reached is asked again
        reached = "";
        LOG.warnf("The readers' replica failed (%s); readers are read from the primary for 5 s", e.getMessage());
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debugf("Closing a replica connection: %s", e.getMessage());
            }
        }
    }

    private boolean caughtUp(Connection connection, String needed) throws SQLException {
        if (needed.isEmpty()) {
            reached = needed;
            return true;
        }
        try (PreparedStatement wait = connection.prepareStatement("SELECT MASTER_GTID_WAIT(?, 0)")) {
            wait.setString(1, needed);
            try (ResultSet result = wait.executeQuery()) {
                if (result.next() && result.getInt(1) == 0 && !result.wasNull()) {
                    reached = needed;
                    return true;
                }
                return false;
            }
        }
    }

    private String primaryPosition() {
        try (Connection connection = primary.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT @@GLOBAL.gtid_binlog_pos")) {
            return result.next() ? Optional.ofNullable(result.getString(1)).orElse("") : "";
        } catch (SQLException e) {
            // without the position, nothing the replica holds can be trusted to be current: the primary answers until
            // a position is read again
            restUntil = System.nanoTime() + REST_AFTER_FAILURE_NANOS;
            return null;
        }
    }

    private double lagSeconds() {
        try (Connection connection = replica.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SHOW SLAVE STATUS")) {
            if (result.next()) {
                long behind = result.getLong("Seconds_Behind_Master");
                return result.wasNull() ? Double.NaN : behind;
            }
            return Double.NaN;
        } catch (SQLException e) {
            return Double.NaN;
        }
    }
}
