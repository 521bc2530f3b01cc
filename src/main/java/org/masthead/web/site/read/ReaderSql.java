package org.masthead.web.site.read;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.masthead.shared.DatabaseFaults;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

/**
 * The reader's pages read the database through plain JDBC, on the replica when one is configured and current
 * ({@link ReaderDataSources}): each statement on its own (autocommit),
 * with no ORM session and no transaction around it. A page is read-only, its few statements need no
 * common snapshot (a change committed between them is caught by the page cache's generation), and
 * the ORM's session, query translation and the transaction's extra round trips cost more than the
 * statements themselves. Times are stored in UTC, as the entities map {@link Instant}s.
 */
@ApplicationScoped
public class ReaderSql {

    private final ReaderDataSources sources;

    ReaderSql(ReaderDataSources sources) {
        this.sources = sources;
    }

    /** Reads one row of a result. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /**
     * Every row of {@code sql}; its {@code ?} take {@code parameters} in order (strings, numbers,
     * instants, or collections, which fill as many placeholders as they have elements: write them with
     * {@link #marks}).
     */
    public <T> List<T> list(String sql, RowReader<T> reader, Object... parameters) {
        try {
            ReaderDataSources.Source source = sources.connection();
            try {
                return list(source.connection(), sql, reader, parameters);
            } catch (SQLException e) {
                if (!source.replica() || !DatabaseFaults.unreachable(e)) {
                    throw e;
                }
                // the replica failed under the statement: the primary answers this one and the next few seconds' worth
                sources.failed(e);
                try (Connection primary = sources.primaryConnection()) {
                    return list(primary, sql, reader, parameters);
                }
            } finally {
                source.connection().close();
            }
        } catch (SQLException e) {
            throw new PersistenceException("Reading for a public page failed: " + e.getMessage(), e);
        }
    }

    private static <T> List<T> list(Connection connection, String sql, RowReader<T> reader, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> read = new ArrayList<>();
                while (rows.next()) {
                    read.add(reader.read(rows));
                }
                return read;
            }
        }
    }

    /** The first row of {@code sql}, empty when there is none or it reads as null. */
    public <T> Optional<T> first(String sql, RowReader<T> reader, Object... parameters) {
        List<T> rows = list(sql, reader, parameters);
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    /** {@code n} placeholders for an IN list: "?, ?, ?" (at least one, so an empty list matches nothing). */
    public static String marks(int n) {
        return n == 0 ? "NULL" : String.join(", ", Collections.nCopies(n, "?"));
    }

    private static void bind(PreparedStatement statement, Object[] parameters) throws SQLException {
        int index = 1;
        for (Object parameter : parameters) {
            if (parameter instanceof Collection<?> values) {
                for (Object value : values) {
                    set(statement, index++, value);
                }
            } else {
                set(statement, index++, parameter);
            }
        }
    }

    private static void set(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof Instant instant) {
            statement.setObject(index, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
        } else if (value instanceof Enum<?> constant) {
            statement.setString(index, constant.name());
        } else {
            statement.setObject(index, value);
        }
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        LocalDateTime at = row.getObject(column, LocalDateTime.class);
        return at == null ? null : at.toInstant(ZoneOffset.UTC);
    }

    public static LocalDate date(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }

    public static Long longOrNull(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    public static Integer intOrNull(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }
}
