package org.masthead.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.masthead.devstack.DevStack;
import org.masthead.devstack.MariaDbServer;
import org.masthead.testing.PackagedApp;

/**
 * On demand (bench/run-public.sh): a generated corpus of live articles in a real MariaDB, then the
 * packaged app ({@code java -jar target/quarkus-app/quarkus-run.jar}, production profile, its own
 * process so its resident memory is its own) under a closed-loop load from this JVM on loopback:
 * the home page, an article, a category page deep in the archive and a search (newest first and
 * best match), each for a bounded time. Run once with the page cache and once without
 * (masthead.site.cached-pages=0); without it, also at 8 connections and at one, which show the
 * uncached latency below saturation. Figures go to target/bench/public.txt.
 */
@Tag("bench")
class PublicSiteBench {

    private static final int ARTICLES = 50_000;
    private static final int IN_ARCHIVE = 20_000;
    private static final int CONNECTIONS = Integer.getInteger("bench.connections", 50);
    private static final Duration WARM_UP = Duration.ofSeconds(3);
    /**
     * Load on each page before any is measured without the cache. Rendering uncached pages on 2 busy
     * cores, the JIT takes about a minute of load to compile the paths they take (article at 50
     * connections in a scratch run: 3,300 pages/s after 30 s, 5,000 after 70 s, then flat).
     */
    private static final Duration FIRST_WARM_UP = Duration.ofSeconds(Integer.getInteger("bench.warm-up", 30));
    private static final Duration RUN = Duration.ofSeconds(Integer.getInteger("bench.seconds", 10));
    private static final String JVM = System.getProperty("bench.jvm", "-Xmx256m -XX:+UseSerialGC");
    private static final String[] WORDS = { "harbour", "ferry", "pier", "tide", "lighthouse", "regatta", "fishermen", "market",
            "council", "volunteers", "library", "school", "river", "festival", "timetable", "budget", "storm", "bridge",
            "lobster", "boats" };

    private static DevStack servers;

    @BeforeAll
    static void startServers() {
        assertThat(PackagedApp.JAR).as("run ./mvnw package first").exists();
        servers = PackagedApp.servers("target/devstack-bench");
    }

    @AfterAll
    static void stopServers() {
        servers.stop();
    }

    @Test
    void readersPages() throws Exception {
        stop(start("migrate", 0));
        String deepCursor = generate();
        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "%,d live articles (%,d in one category); packaged app with %s; %d s per page after"
                + " %d s warm-up (and, without the cache, one round of %d s on each page first); %d cores shared by app, MariaDB, Keycloak (idle) and the load generator", ARTICLES, IN_ARCHIVE, JVM,
                RUN.toSeconds(), WARM_UP.toSeconds(), FIRST_WARM_UP.toSeconds(), Runtime.getRuntime().availableProcessors()));
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home page", "/");
        pages.put("article", "/articles/bench-" + (ARTICLES / 2));
        pages.put("category page 1,001", "/categories/bench-archive?page=1001&before=" + deepCursor);
        pages.put("search (5,000 hits)", "/search?q=lighthouse+ferry");
        pages.put("search, best match", "/search?q=lighthouse+ferry&sort=relevance");
        String only = System.getProperty("bench.pages", "");
        if (!only.isBlank()) {
            pages.keySet().removeIf(label -> Arrays.stream(only.split(",")).noneMatch(label::startsWith));
        }
        for (int cachedPages : Arrays.stream(System.getProperty("bench.cached-pages", "5000,0").split(",")).mapToInt(Integer::parseInt)
                .toArray()) {
            int port = PackagedApp.freePort();
            Process app = start(cachedPages > 0 ? "bench-cached" : "bench-uncached", port, "MASTHEAD_SITE_CACHED_PAGES",
                    Integer.toString(cachedPages));
            Memory memory = new Memory(app.pid());
            long database = databasePid();
            try {
                report.add(cachedPages > 0 ? "page cache on (" + cachedPages + " pages)" : "page cache off (masthead.site.cached-pages=0)");
                for (String path : pages.values()) {
                    // a server that has been up a while: the JIT has compiled the paths every page takes
                    LoadGenerator.run(port, path, CONNECTIONS, cachedPages > 0 ? WARM_UP : FIRST_WARM_UP, Duration.ZERO);
                }
                for (Map.Entry<String, String> page : pages.entrySet()) {
                    String label = page.getKey() + " " + check(port, page.getValue()) / 1024 + " KB";
                    report.add(measure(port, page.getValue(), CONNECTIONS, label, app.pid(), database));
                }
                if (cachedPages == 0) {
                    // where the uncached latency stands below saturation: a few readers at once, and one
                    for (int connections : new int[] { 8, 1 }) {
                        for (Map.Entry<String, String> page : pages.entrySet()) {
                            report.add(measure(port, page.getValue(), connections, page.getKey(), app.pid(), database));
                        }
                    }
                }
                report.add(memory.report());
                if (JVM.contains("NativeMemoryTracking")) {
                    // where the resident memory goes: heap, metaspace, code, threads, GC, buffers
                    String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
                    new ProcessBuilder(jcmd, Long.toString(app.pid()), "VM.native_memory", "summary")
                            .redirectOutput(Path.of("target/bench", "memory-" + (cachedPages > 0 ? "cached" : "uncached") + ".txt").toFile())
                            .start().waitFor(30, TimeUnit.SECONDS);
                }
            } finally {
                memory.stop();
                stop(app);
            }
        }
        Path out = Path.of("target/bench/public.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
        report.forEach(System.out::println);
    }

    private static Process start(String name, int port, String... settings) throws Exception {
        int listen = port == 0 ? PackagedApp.freePort() : port;
        Map<String, String> env = PackagedApp.standardVariables(servers.mariaDb().jdbcUrl(), servers.keycloak().realmUrl());
        env.put("QUARKUS_HTTP_PORT", Integer.toString(listen));
        for (int i = 0; i < settings.length; i += 2) {
            env.put(settings[i], settings[i + 1]);
        }
        List<String> options = new ArrayList<>(Arrays.asList(JVM.split("\\s+")));
        if (Boolean.getBoolean("bench.jfr") && !name.equals("migrate")) {
            options.add("-XX:StartFlightRecording=settings=profile,filename=" + Path.of("target/bench", name + ".jfr").toAbsolutePath());
        }
        Process app = PackagedApp.launch(env, name, options);
        PackagedApp.awaitReady(app, "http://localhost:" + listen, name);
        return app;
    }

    private static void stop(Process app) throws InterruptedException {
        app.destroy();
        if (!app.waitFor(30, TimeUnit.SECONDS)) {
            app.destroyForcibly();
        }
    }

    /**
     * Warm-up, then the measured run; besides throughput and latency, the processor time the app and
     * MariaDB spent per request during the measured run (from /proc), which says what a page costs
     * independently of how the load queues.
     */
    private static String measure(int port, String path, int connections, String label, long app, long database) throws Exception {
        LoadGenerator.run(port, path, connections, WARM_UP, Duration.ZERO);
        long appBefore = cpuMillis(app);
        long databaseBefore = cpuMillis(database);
        LoadGenerator.Result result = LoadGenerator.run(port, path, connections, Duration.ZERO, RUN);
        int requests = result.latencies().length;
        return result.line(label) + String.format(Locale.ROOT, "   CPU/request: app %.2f ms, MariaDB %.2f ms",
                (cpuMillis(app) - appBefore) / (double) requests, (cpuMillis(database) - databaseBefore) / (double) requests);
    }

    /** User plus system time of a process so far, in milliseconds (clock ticks of 10 ms). */
    private static long cpuMillis(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }

    private static long databasePid() throws Exception {
        try (Connection c = DriverManager.getConnection(servers.mariaDb().jdbcUrl(), MariaDbServer.USER, MariaDbServer.PASSWORD);
                ResultSet row = c.createStatement().executeQuery("SELECT @@pid_file")) {
            row.next();
            return Long.parseLong(Files.readString(Path.of(row.getString(1))).strip());
        }
    }

    /** Asserts the page is there and answers its size in bytes. */
    private static int check(int port, String path) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        assertThat(answer.body()).as(path).contains("<h1");
        if (path.startsWith("/search")) {
            assertThat(answer.body()).as("search hits").contains("<mark>");
            assertThat(answer.body()).as("the order asked for").contains(path.contains("sort=relevance")
                    ? "aria-current=\"true\">Best match" : "aria-current=\"true\">Newest first");
        }
        return answer.body().getBytes(StandardCharsets.UTF_8).length;
    }

    /** The app process's resident memory, sampled every 100 ms while it serves, and the kernel's high-water mark. */
    private static final class Memory {

        private final long pid;
        private final AtomicLong peak = new AtomicLong();
        private final Thread sampler;

        Memory(long pid) {
            this.pid = pid;
            this.sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    try {
                        peak.accumulateAndGet(kilobytes("VmRSS"), Math::max);
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
        }

        String report() throws IOException {
            return String.format(Locale.ROOT, "app resident memory: highest sample under load %,d MB; kernel high-water mark (VmHWM,"
                    + " since start) %,d MB", peak.get() / 1024, kilobytes("VmHWM") / 1024);
        }

        void stop() {
            sampler.interrupt();
        }

        private long kilobytes(String field) throws IOException {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream().filter(l -> l.startsWith(field + ":"))
                    .map(l -> l.substring(field.length() + 1).replace("kB", "").strip()).mapToLong(Long::parseLong).findFirst().orElse(0);
        }
    }

    /** Inserts the corpus in bulk (MariaDB's sequence engine) and answers the cursor of page 1,001 of the archive. */
    private static String generate() throws SQLException {
        try (Connection c = DriverManager.getConnection(servers.mariaDb().jdbcUrl(), MariaDbServer.USER, MariaDbServer.PASSWORD);
                Statement s = c.createStatement()) {
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
            s.execute("INSERT INTO live_entry (item_id, language, kind, title, summary, body_text, byline_author, live_from)"
                    + " SELECT id, language, kind, title, summary, REGEXP_REPLACE(body, '<[^>]+>', ' '), 'Bench Writer', live_from"
                    + " FROM content_item"
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
}
