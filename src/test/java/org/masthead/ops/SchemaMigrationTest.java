package org.masthead.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class SchemaMigrationTest {

    @Inject
    DataSource dataSource;

    @Test
    void everyMigrationInTheMigrationsFolderWasAppliedByFlyway() throws SQLException, java.io.IOException {
        List<String> applied = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet rows = connection.createStatement().executeQuery(
                        "SELECT script, success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank")) {
            while (rows.next()) {
                assertThat(rows.getBoolean("success")).as(rows.getString("script")).isTrue();
                applied.add(rows.getString("script"));
            }
        }
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("migrations"))) {
            // Flyway applies them by version number (V2 before V10), not by file name.
            assertThat(applied).containsExactlyElementsOf(files.map(p -> "db/migration/" + p.getFileName())
                    .filter(n -> n.endsWith(".sql"))
                    .sorted(java.util.Comparator.comparingInt(n -> Integer.parseInt(n.replaceAll("^db/migration/V(\\d+)__.*", "$1"))))
                    .toList());
        }
    }

    @Test
    void theDatabaseIsMariaDbWithUnicodeThroughout() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                ResultSet row = connection.createStatement().executeQuery(
                        "SELECT VERSION(), @@character_set_database, @@collation_database")) {
            row.next();
            assertThat(row.getString(1)).contains("MariaDB").startsWith("11.4");
            assertThat(row.getString(2)).isEqualTo("utf8mb4");
        }
    }
}
