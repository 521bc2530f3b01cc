package org.masthead.shared;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLNonTransientConnectionException;

/**
 * Tells a database that cannot be reached (stopped, restarting, network gone, pool exhausted) from a query that went
 * wrong: the first is worth a "try again shortly" and stale pages, the second is a bug.
 */
public final class DatabaseFaults {

    private DatabaseFaults() {
    }

    public static boolean unreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                String message = sql.getMessage() == null ? "" : sql.getMessage();
                // SQLSTATE class 08 is "connection exception"; Agroal words a pool that cannot connect in time so
                if (state != null && state.startsWith("08") || message.contains("Acquisition timeout")) {
                    return true;
                }
            }
            if (t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
        }
        return false;
    }
}
