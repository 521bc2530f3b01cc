package org.masthead.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * On demand (bench/run-public.sh): a generated corpus of live articles, then a closed-loop load of
 * {@value #CONNECTIONS} concurrent connections on loopback against the home page, an article, a
 * category page deep in the archive and a search, each for a bounded time. Run once with the page
 * cache and once without (masthead.site.cached-pages=0); figures go to target/bench/public.txt.
 */
@QuarkusTest
@Tag("bench")
class PublicSiteBench {

    private static final int ARTICLES = 50_000;
    private static final int IN_ARCHIVE = 20_000;
    private static final int CONNECTIONS = Integer.getInteger("bench.connections", 50);
    private static final Duration WARM_UP = Duration.ofSeconds(3);
    private static final Duration RUN = Duration.ofSeconds(Integer.getInteger("bench.seconds", 10));
    private static final String[] WORDS = { "harbour", "ferry", "pier", "tide", "lighthouse", "regatta", "fishermen", "market",
            "council", "volunteers", "library", "school", "river", "festival", "timetable", "budget", "storm", "bridge",
            "lobster", "boats" };

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "masthead.site.cached-pages")
    int cachedPages;

    @TestHTTPResource("/")
    URI base;

    @Test
    void readersPages() throws Exception {
        String deepCursor = generate();
        List<String> report = new ArrayList<>();
        String mode = cachedPages > 0 ? "page cache on" : "page cache off (masthead.site.cached-pages=0)";
        report.add(String.format(Locale.ROOT, "%s: %,d live articles (%,d in one category), %d connections, %d s per page after %d s warm-up,"
                + " %d cores", mode, ARTICLES, IN_ARCHIVE, CONNECTIONS, RUN.toSeconds(), WARM_UP.toSeconds(),
                Runtime.getRuntime().availableProcessors()));
        report.add(load("home page", "/"));
        report.add(load("article", "/articles/bench-" + (ARTICLES / 2)));
        report.add(load("category page 1,001", "/categories/bench-archive?page=1001&before=" + deepCursor));
        report.add(load("search", "/search?q=lighthouse+regatta"));
        report.add(String.format(Locale.ROOT, "resident memory of the JVM (app + load generator): now %s, peak %s; heap max %d MB",
                status("VmRSS"), status("VmHWM"), Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        Path out = Path.of("target/bench/public.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        report.forEach(System.out::println);
    }

    private String load(String label, String path) throws Exception {
        URI uri = base.resolve(path);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4)).build();
        HttpResponse<String> check = client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(check.statusCode()).as(path).isEqualTo(200);
        assertThat(check.body()).as(path).contains("<h1");
        run(client, uri, WARM_UP);
        long[][] latencies = run(client, uri, RUN);
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        double seconds = RUN.toNanos() / 1e9;
        return String.format(Locale.ROOT, "%-22s %8.0f req/s   p50 %6.2f ms   p99 %6.2f ms   (%,d requests)", label,
                all.length / seconds, all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6, all.length);
    }

    /** Each connection sends its next request as soon as the previous answer arrived, until the time is up. */
    private static long[][] run(HttpClient client, URI uri, Duration duration) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        long end = System.nanoTime() + duration.toNanos();
        AtomicInteger errors = new AtomicInteger();
        List<Future<long[]>> results = new ArrayList<>();
        HttpRequest request = HttpRequest.newBuilder(uri).build();
        for (int c = 0; c < CONNECTIONS; c++) {
            results.add(pool.submit(() -> {
                long[] times = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    long took = System.nanoTime() - start;
                    if (response.statusCode() != 200) {
                        errors.incrementAndGet();
                    }
                    if (n == times.length) {
                        times = Arrays.copyOf(times, n * 2);
                    }
                    times[n++] = took;
                }
                return Arrays.copyOf(times, n);
            }));
        }
        long[][] latencies = new long[CONNECTIONS][];
        for (int c = 0; c < CONNECTIONS; c++) {
            latencies[c] = results.get(c).get();
        }
        pool.shutdown();
        assertThat(errors.get()).as("non-200 answers").isZero();
        return latencies;
    }

    /** Inserts the corpus in bulk (MariaDB's sequence engine) and answers the cursor of page 1,001 of the archive. */
    private String generate() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO category (language, slug, name, position) VALUES ('en', 'bench-archive', 'Bench archive', 99),"
                    + " ('en', 'bench-other', 'Bench other', 98)");
            long archive = id(s, "SELECT id FROM category WHERE slug = 'bench-archive'");
            long other = id(s, "SELECT id FROM category WHERE slug = 'bench-other'");
            StringBuilder words = new StringBuilder("ELT(1 + (seq * 7) % 20");
            for (String w : WORDS) {
                words.append(", '").append(w).append('\'');
            }
            String word = words.append(')').toString();
            String word2 = word.replace("(seq * 7) % 20", "(seq * 13 + 5) % 20");
            s.execute("INSERT INTO content_item (kind, language, slug, status, title, summary, body, category_id, working_revision,"
                    + " live_revision, live_slug, live_category_id, live_from, published_at, created_by, created_at, updated_by, updated_at,"
                    + " version) SELECT 'ARTICLE', 'en', CONCAT('bench-', seq), 'PUBLISHED', CONCAT('The ', " + word + ", ' and the ', "
                    + word2 + ", ' ', seq), CONCAT('What the ', " + word + ", ' means for the ', " + word2 + ", '.'),"
                    + " CONCAT('<p>Residents met on the ', " + word + ", ' to talk about the ', " + word2
                    + ", '. The meeting ran late and ended with a vote.</p><p>More on the ', " + word + ", ' next week.</p>'),"
                    + " IF(seq <= " + IN_ARCHIVE + ", " + archive + ", " + other + "), 1, 1, CONCAT('bench-', seq),"
                    + " IF(seq <= " + IN_ARCHIVE + ", " + archive + ", " + other + "), TIMESTAMPADD(MINUTE, seq, '2015-01-01'),"
                    + " TIMESTAMPADD(MINUTE, seq, '2015-01-01'), 'bench', NOW(6), 'bench', NOW(6), 0 FROM seq_1_to_" + ARTICLES);
            s.execute("INSERT INTO revision (item_id, number, snapshot, created_by, created_at)"
                    + " SELECT id, 1, JSON_OBJECT('title', title, 'language', language, 'slug', slug, 'summary', summary,"
                    + " 'body', body, 'categoryId', category_id, 'tags', JSON_ARRAY(), 'related', JSON_ARRAY(),"
                    + " 'byline', JSON_OBJECT('author', 'Bench Writer')), 'bench', NOW(6) FROM content_item WHERE created_by = 'bench'");
            s.execute("INSERT INTO live_entry (item_id, language, kind, title, summary, body_text)"
                    + " SELECT id, language, kind, title, summary, REGEXP_REPLACE(body, '<[^>]+>', ' ') FROM content_item"
                    + " WHERE created_by = 'bench'");
            s.execute("ANALYZE TABLE content_item, revision, live_entry");
            try (ResultSet rs = s.executeQuery("SELECT live_from, id FROM content_item WHERE live_category_id = " + archive
                    + " ORDER BY live_from DESC, id DESC LIMIT 1 OFFSET " + (1000 * 10 - 1))) {
                rs.next();
                return rs.getTimestamp(1).toInstant() + "_" + rs.getLong(2);
            }
        }
    }

    private static long id(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String status(String field) throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith(field + ":"))
                .map(l -> l.substring(field.length() + 1).strip()).findFirst().orElse("?");
    }
}
