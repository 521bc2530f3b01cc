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

    /** Thrown where the database answered nothing where something must be (the one settings row): it was not there. */
    public static final class Unanswered extends RuntimeException {
        public Unanswered(String what) {
            super("The database did not answer for " + what);
        }
    }

    public static boolean unreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Unanswered) {
                return true;
            }
            String text = t.getMessage() == null ? "" : t.getMessage();
            // A connection that broke inside a transaction surfaces as Narayana's and Agroal's wording, whose cause
            // chain does not always reach the driver's connection exception.
            if (text.contains("Unable to acquire JDBC Connection") || text.contains("Connection is closed")
                    || text.contains("Failed to enlist")) {
                return true;
            }
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
