package org.masthead.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * An upgrade, not a fresh install: a database at V11 holding a live article whose reader-index
 * row predates the teaser columns, then migrated to the current schema. Readers' listings read
 * byline and thumbnail from those columns only, so the backfill must fill them from the live revision.
 */
@QuarkusTest
class ReaderIndexUpgradeTest {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void liveItemsKeepTheirBylinePictureAndLiveWindowAfterTheUpgrade() throws SQLException {
        String upgradeUrl = url.replaceFirst("/[^/?]+(\\?|$)", "/masthead_upgrade$1");
        try (Connection root = DriverManager.getConnection(url, user, password); Statement s = root.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS masthead_upgrade");
            s.execute("CREATE DATABASE masthead_upgrade CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        flyway(upgradeUrl).target("11").load().migrate();
        try (Connection c = DriverManager.getConnection(upgradeUrl, user, password); Statement s = c.createStatement()) {
            s.execute("INSERT INTO upload (id, file_name, storage_key, content_type, size_bytes, width, height, sha256, alt_text,"
                    + " created_by, created_at) VALUES (7, 'pier.png', 'k7', 'image/png', 100, 40, 30, REPEAT('a', 64), 'Pier',"
                    + " 'editor', NOW(6))");
            s.execute("INSERT INTO content_item (id, kind, language, slug, status, title, working_revision, live_revision, live_slug,"
                    + " live_from, published_at, featured_image_id, created_by, created_at, updated_by, updated_at) VALUES"
                    + " (5, 'ARTICLE', 'en', 'pier', 'PUBLISHED', 'Pier (working title)', 2, 1, 'pier', NOW(6), NOW(6), 7,"
                    + " 'editor', NOW(6), 'editor', NOW(6))");
            s.execute("INSERT INTO revision (item_id, number, snapshot, created_by, created_at) VALUES"
                    + " (5, 1, '{\"title\":\"Pier\",\"language\":\"en\",\"byline\":{\"author\":\"Ana Duka\",\"outlet\":\"Harbour Post\"},"
                    + "\"featuredImageId\":7,\"tags\":[],\"related\":[]}', 'editor', NOW(6)),"
                    + " (5, 2, '{\"title\":\"Pier (working title)\",\"language\":\"en\",\"byline\":{\"author\":\"Someone Else\"},"
                    + "\"tags\":[],\"related\":[]}', 'editor', NOW(6))");
            s.execute("INSERT INTO live_entry (item_id, language, kind, title) VALUES (5, 'en', 'ARTICLE', 'Pier')");
            // unpublished before the upgrade: its entry stayed; it has no live revision, whatever live_from its row still holds
            s.execute("INSERT INTO content_item (id, kind, language, slug, status, title, working_revision, live_from, created_by,"
                    + " created_at, updated_by, updated_at) VALUES (6, 'ARTICLE', 'en', 'quay', 'UNPUBLISHED', 'Quay', 1, NOW(6),"
                    + " 'editor', NOW(6), 'editor', NOW(6))");
            s.execute("INSERT INTO live_entry (item_id, language, kind, title) VALUES (6, 'en', 'ARTICLE', 'Quay')");
        }

        flyway(upgradeUrl).load().migrate();

        try (Connection c = DriverManager.getConnection(upgradeUrl, user, password);
                ResultSet row = c.createStatement().executeQuery(
                        "SELECT byline_author, byline_outlet, thumbnail_id FROM live_entry WHERE item_id = 5")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).as("the live revision's byline, not the working copy's").isEqualTo("Ana Duka");
            assertThat(row.getString(2)).isEqualTo("Harbour Post");
            assertThat(row.getLong(3)).isEqualTo(7);
        }
        try (Connection c = DriverManager.getConnection(upgradeUrl, user, password); Statement s = c.createStatement()) {
            assertThat(window(s, "live_entry WHERE item_id = 5")).as("the live item's window, copied for search")
                    .isEqualTo(window(s, "content_item WHERE id = 5")).first().isNotNull();
            assertThat(window(s, "live_entry WHERE item_id = 6")).as("an offline item has no live window").containsOnlyNulls();
        }
    }

    /** live_from and live_until of the row {@code where} picks ("live_entry WHERE item_id = 5"). */
    private static List<LocalDateTime> window(Statement s, String where) throws SQLException {
        try (ResultSet row = s.executeQuery("SELECT live_from, live_until FROM " + where)) {
            assertThat(row.next()).isTrue();
            return Arrays.asList(row.getObject(1, LocalDateTime.class), row.getObject(2, LocalDateTime.class));
        }
    }

    private org.flywaydb.core.api.configuration.FluentConfiguration flyway(String jdbcUrl) {
        return Flyway.configure().dataSource(jdbcUrl, user, password).locations("filesystem:migrations");
    }
}
