package org.masthead.bench;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * On demand (bench/run-scale.sh): 100,000 live articles in one category, then the cost of reading
 * page 1 and page 5,000 of that category (keyset pagination) and of opening the newest and the
 * oldest item, over HTTP against the real MariaDB. Figures go to target/bench/scale.txt.
 */
@QuarkusTest
@Tag("bench")
class ScaleBench {

    private static final int ITEMS = 100_000;
    private static final int PAGE = 10;
    private static final int ROUNDS = 300;

    @Inject
    DataSource dataSource;

    @Test
    void deepPagesCostWhatTheFirstPageCosts() throws Exception {
        long category = generate();
        String firstPage = "/api/v1/articles?categoryId=" + category + "&limit=" + PAGE;
        String deepCursor = cursorBefore(category, (5_000 - 1) * PAGE);
        String deepPage = firstPage + "&after=" + deepCursor;
        long newest = itemAt(category, 0);
        long oldest = itemAt(category, ITEMS - 1);

        assertThat(given().get(deepPage).then().statusCode(200).extract().jsonPath().getList("items")).hasSize(PAGE);
        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "%d live articles in one category, %d per page, %d timed requests each (after %d warm-up)",
                ITEMS, PAGE, ROUNDS, ROUNDS));
        report.add(measure("category page 1", firstPage));
        report.add(measure("category page 5,000", deepPage));
        report.add(measure("open newest item", "/api/v1/articles/" + newest));
        report.add(measure("open oldest item", "/api/v1/articles/" + oldest));
        report.add("rows MariaDB examines for page 5,000: " + rowsExamined(category, deepCursor));
        Path out = Path.of("target/bench/scale.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(System.out::println);
    }

    private static String measure(String label, String path) {
        for (int i = 0; i < ROUNDS; i++) {
            given().get(path).then().statusCode(200);
        }
        double[] millis = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            given().get(path).then().statusCode(200);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return String.format(Locale.ROOT, "%-22s p50 %6.2f ms   p95 %6.2f ms   p99 %6.2f ms", label, millis[ROUNDS / 2],
                millis[(int) (ROUNDS * 0.95)], millis[(int) (ROUNDS * 0.99)]);
    }

    /** Inserts the articles and their live revisions in bulk with MariaDB's sequence engine. */
    private long generate() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO category (language, slug, name, position) VALUES ('en', 'bench-archive', 'Bench archive', 99)");
            long category;
            try (ResultSet rs = s.executeQuery("SELECT id FROM category WHERE slug = 'bench-archive'")) {
                rs.next();
                category = rs.getLong(1);
            }
            s.execute("INSERT INTO content_item (kind, language, slug, status, title, summary, body, category_id, working_revision,"
                    + " live_revision, live_slug, live_category_id, live_from, published_at, created_by, created_at, updated_by, updated_at, version)"
                    + " SELECT 'ARTICLE', 'en', CONCAT('bench-', seq), 'PUBLISHED', CONCAT('Bench article ', seq),"
                    + " 'A generated summary.', '<p>Generated body text for the scale benchmark.</p>', " + category + ", 1, 1,"
                    + " CONCAT('bench-', seq), " + category + ", TIMESTAMPADD(MINUTE, seq, '2015-01-01'), TIMESTAMPADD(MINUTE, seq, '2015-01-01'),"
                    + " 'bench', NOW(6), 'bench', NOW(6), 0 FROM seq_1_to_" + ITEMS);
            s.execute("INSERT INTO revision (item_id, number, snapshot, created_by, created_at)"
                    + " SELECT id, 1, JSON_OBJECT('title', title, 'language', language, 'slug', slug, 'summary', summary,"
                    + " 'body', body, 'categoryId', category_id, 'tags', JSON_ARRAY(), 'related', JSON_ARRAY()), 'bench', NOW(6)"
                    + " FROM content_item WHERE category_id = " + category);
            s.execute("ANALYZE TABLE content_item, revision");
            return category;
        }
    }

    private String cursorBefore(long category, int offset) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT live_from, id FROM content_item WHERE live_category_id = " + category
                        + " ORDER BY live_from DESC, id DESC LIMIT 1 OFFSET " + (offset - 1))) {
            rs.next();
            return rs.getTimestamp(1).toInstant() + "_" + rs.getLong(2);
        }
    }

    private long itemAt(long category, int offset) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id FROM content_item WHERE live_category_id = " + category
                        + " ORDER BY live_from DESC, id DESC LIMIT 1 OFFSET " + offset)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String rowsExamined(long category, String cursor) throws SQLException {
        String[] parts = cursor.split("_");
        String from = Instant.parse(parts[0]).toString().replace("T", " ").replace("Z", "");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("ANALYZE FORMAT=JSON SELECT id FROM content_item WHERE live_category_id = " + category
                        + " AND kind = 'ARTICLE' AND live_revision IS NOT NULL AND live_from <= NOW(6)"
                        + " AND (live_from < '" + from + "' OR (live_from = '" + from + "' AND id < " + parts[1] + "))"
                        + " ORDER BY live_from DESC, id DESC LIMIT 11")) {
            rs.next();
            String plan = rs.getString(1);
            java.util.regex.Matcher rows = java.util.regex.Pattern.compile("\"r_rows\":\\s*([0-9.]+)").matcher(plan);
            java.util.regex.Matcher key = java.util.regex.Pattern.compile("\"key\":\\s*\"([^\"]+)\"").matcher(plan);
            return (rows.find() ? rows.group(1) : "?") + " (index " + (key.find() ? key.group(1) : "?") + ")";
        }
    }
}
