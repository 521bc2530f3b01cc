package org.masthead.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.masthead.devstack.DevStack;
import org.masthead.devstack.MariaDbServer;
import org.masthead.testing.Api;
import org.masthead.testing.Keycloak;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * On demand (bench/run-review-load.sh): the review workflow and the public site under concurrent load, against the
 * real MariaDB and Keycloak on loopback, for BENCH_SECONDS (default 60) each.
 * <ol>
 * <li>20 reviewers approve 20 different items over and over (an editor writes and submits each, the reviewer
 * approves the version they read) while 20 editors save into 10 items, two to an item, so that stale saves meet
 * the expected 409. Every other answer must be 2xx.</li>
 * <li>200 readers read for the whole time while MariaDB is stopped and started again: pages they read before the
 * outage (cached) must always answer 200; pages no one read before (a new search each time) answer 200, or the
 * edition's themed 503 while the database is away, never another 5xx.</li>
 * </ol>
 * Figures go to target/bench/review-load.txt.
 */
@QuarkusTest
@Tag("bench")
class ReviewLoadBench {

    private static final Duration RUN = Duration.ofSeconds(Long.parseLong(System.getenv().getOrDefault("BENCH_SECONDS", "60")));
    private static final String[] REVIEWERS = { "reviewer", "reviewer2" };
    private static final String[] EDITORS = { "editor", "editor2" };

    @TestHTTPResource("/")
    URI base;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void concurrentReviewAndReadingThroughADatabaseRestart() throws Exception {
        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "run %d s per part, %d processors", RUN.toSeconds(),
                Runtime.getRuntime().availableProcessors()));
        Map<String, AtomicLong> editorial = editorialLoad();
        report.add("editorial load, 20 approvers + 20 savers: " + editorial);
        Map<String, AtomicLong> readers = readersThroughRestart();
        report.add("200 readers through a database restart: " + readers);
        Path out = Path.of("target/bench/review-load.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report, StandardCharsets.UTF_8);
        report.forEach(System.out::println);

        assertThat(editorial.keySet()).as("approvals and saves answered").allMatch(k -> k.endsWith(" 2xx") || k.equals("save 409"));
        assertThat(editorial.getOrDefault("approve 2xx", new AtomicLong()).get()).isPositive();
        assertThat(readers.keySet()).as("readers' answers").allMatch(k -> k.equals("cached 200") || k.equals("uncached 200")
                || k.equals("uncached 503 themed"));
    }

    private Map<String, AtomicLong> editorialLoad() throws Exception {
        Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
        for (String user : List.of("editor", "editor2", "reviewer", "reviewer2")) {
            Keycloak.freshAccessToken(user); // one sign-in each before the threads start, not forty at once
        }
        long[] shared = new long[10];
        for (int i = 0; i < shared.length; i++) {
            shared[i] = Api.createArticle(EDITORS[i % 2], Api.article("Shared draft " + i + " " + System.nanoTime()));
        }
        long end = System.nanoTime() + RUN.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(40);
        List<Future<?>> work = new ArrayList<>();
        for (int a = 0; a < 20; a++) {
            int approver = a;
            work.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    String editor = EDITORS[approver % 2];
                    String reviewer = REVIEWERS[approver % 2];
                    Map<String, Object> body = Api.article("Approved under load " + approver + " " + System.nanoTime());
                    var created = send("POST", "/api/v1/articles", editor, json(body));
                    count(counts, "create", created.statusCode());
                    if (created.statusCode() != 201) {
                        continue;
                    }
                    long id = number(created.body(), "id");
                    count(counts, "submit", send("POST", "/api/v1/articles/" + id + "/submit", editor,
                            "{\"version\":" + number(created.body(), "version") + "}").statusCode());
                    var read = send("GET", "/api/v1/articles/" + id, reviewer, null);
                    count(counts, "approve", send("POST", "/api/v1/articles/" + id + "/approve", reviewer,
                            "{\"version\":" + number(read.body(), "version") + "}").statusCode());
                }
                return null;
            }));
        }
        for (int s = 0; s < 20; s++) {
            int saver = s;
            work.add(pool.submit(() -> {
                long id = shared[saver / 2];
                String editor = EDITORS[saver % 2];
                int n = 0;
                while (System.nanoTime() < end) {
                    var read = send("GET", "/api/v1/articles/" + id, editor, null);
                    Map<String, Object> body = new java.util.HashMap<>(Api.article("Shared draft " + (saver / 2)));
                    body.put("body", "<p>Save " + (n++) + " by saver " + saver + ".</p>");
                    body.put("version", number(read.body(), "version"));
                    count(counts, "save", send("PUT", "/api/v1/articles/" + id, editor, json(body)).statusCode());
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        return new TreeMap<>(counts);
    }

    private Map<String, AtomicLong> readersThroughRestart() throws Exception {
        List<String> cached = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String title = "Read through the outage " + i + " " + System.nanoTime();
            Api.publishedArticle("editor", "reviewer", Api.article(title));
            cached.add("/articles/" + title.toLowerCase(Locale.ROOT).replace(' ', '-'));
        }
        cached.add("/");
        for (String path : cached) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(200);
        }
        Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
        MariaDbServer mariaDb = DevStack.running().orElseThrow().mariaDb();
        long start = System.nanoTime();
        long end = start + RUN.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(200);
        List<Future<?>> work = new ArrayList<>();
        for (int r = 0; r < 200; r++) {
            work.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    boolean fromCache = ThreadLocalRandom.current().nextInt(5) > 0;
                    String path = fromCache ? cached.get(ThreadLocalRandom.current().nextInt(cached.size()))
                            : "/search?q=outage+" + ThreadLocalRandom.current().nextLong(1_000_000_000L);
                    HttpResponse<String> answer = get(path);
                    String kind = fromCache ? "cached" : "uncached";
                    String label = answer.statusCode() == 503 && answer.body().contains("Back in a moment")
                            && answer.headers().firstValue("Retry-After").isPresent() ? "503 themed" : Integer.toString(answer.statusCode());
                    counts.computeIfAbsent(kind + " " + label, k -> new AtomicLong()).incrementAndGet();
                }
                return null;
            }));
        }
        Thread.sleep(RUN.toMillis() / 3);
        mariaDb.stop();
        Thread.sleep(RUN.toMillis() / 4);
        mariaDb.start();
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        return new TreeMap<>(counts);
    }

    private HttpResponse<String> get(String path) {
        return send("GET", path, null, null);
    }

    private HttpResponse<String> send(String method, String path, String user, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (user != null) {
            request.header("Authorization", "Bearer " + Keycloak.accessToken(user));
        }
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        }
    }

    private static void count(Map<String, AtomicLong> counts, String what, int status) {
        String label = status >= 200 && status < 300 ? "2xx" : Integer.toString(status);
        counts.computeIfAbsent(what + " " + label, k -> new AtomicLong()).incrementAndGet();
    }

    private static String json(Map<String, Object> body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long number(String json, String field) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).path(field).asLong();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(json, e);
        }
    }
}
