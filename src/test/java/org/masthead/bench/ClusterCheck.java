package org.masthead.bench;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.masthead.cdn.VarnishServer;
import org.masthead.devstack.DevStack;
import org.masthead.devstack.MariaDbServer;
import org.masthead.devstack.S3ProxyServer;
import org.masthead.testing.PackagedApp;
import org.masthead.testing.SampleFiles;

import io.restassured.response.Response;

/**
 * The local cluster of bench/cluster.sh, on loopback: a MariaDB primary and a replica (two mariadbd from the same
 * binaries, real replication), S3Proxy, Keycloak, two packaged app nodes and Varnish with xkey in front (cluster.vcl),
 * then the checks of issue 18 as a reader and the staff would see them, each PASS or FAIL with what it measured, and a
 * reader throughput through Varnish against one node alone. Everything started is stopped at the end. The results land
 * in target/cluster/result.txt, its last line "N passed, M failed".
 */
@Tag("bench")
class ClusterCheck {

    private static final Path DIR = Path.of("target/cluster").toAbsolutePath();
    private final List<String> lines = new ArrayList<>();
    private int passed;
    private int failed;

    private DevStack stack;
    private String realm;

    @Test
    void aClusterOfTwoNodesBehindVarnish() throws Exception {
        Files.createDirectories(DIR);
        stack = PackagedApp.servers(DIR.resolve("stack").toString());
        realm = stack.keycloak().realmUrl();
        MariaDbServer primary = stack.mariaDb();
        MariaDbServer replica = MariaDbServer.replica(stack.settings(), DIR.resolve("replica"), PackagedApp.freePort(), 2);
        S3ProxyServer s3 = new S3ProxyServer(stack.settings(), DIR.resolve("s3"), PackagedApp.freePort());
        Process a = null;
        Process b = null;
        Process varnish = null;
        // a run cut short (timeout, Ctrl-C) still stops what it started
        List<Process> started = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread stopAll = new Thread(() -> {
            started.forEach(Process::destroyForcibly);
            s3.stop();
            replica.stop();
        });
        Runtime.getRuntime().addShutdownHook(stopAll);
        try {
            replica.deleteData();
            replica.start();
            replica.replicateFrom(primary);
            s3.deleteData();
            s3.start();
            int portA = PackagedApp.freePort();
            int portB = PackagedApp.freePort();
            int portV = PackagedApp.freePort();
            int purgePort = PackagedApp.freePort();
            Map<String, String> env = PackagedApp.standardVariables(primary.jdbcUrl(), realm);
            env.put("QUARKUS_DATASOURCE_REPLICA_JDBC_URL", replica.jdbcUrl());
            env.put("QUARKUS_DATASOURCE_REPLICA_USERNAME", MariaDbServer.USER);
            env.put("QUARKUS_DATASOURCE_REPLICA_PASSWORD", MariaDbServer.PASSWORD);
            s3.configuration().forEach((key, value) -> env.put(key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'), value));
            env.put("MASTHEAD_CDN_PURGE_URLS", "http://127.0.0.1:" + purgePort + "/");
            env.put("MASTHEAD_WORKFLOW_SCHEDULE_EVERY", "2s");
            Map<String, String> envA = new HashMap<>(env);
            envA.put("QUARKUS_HTTP_PORT", Integer.toString(portA));
            envA.put("MASTHEAD_UPLOADS_DIR", DIR.resolve("node-a-files").toString());
            Map<String, String> envB = new HashMap<>(env);
            envB.put("QUARKUS_HTTP_PORT", Integer.toString(portB));
            envB.put("MASTHEAD_UPLOADS_DIR", DIR.resolve("node-b-files").toString());
            String nodeA = "http://127.0.0.1:" + portA;
            String nodeB = "http://127.0.0.1:" + portB;
            String front = "http://127.0.0.1:" + portV;
            List<String> jvm = List.of("-Xmx256m", "-XX:+UseSerialGC");
            a = PackagedApp.launch(envA, "cluster-node-a", jvm);
            started.add(a);
            PackagedApp.awaitReady(a, nodeA, "cluster-node-a"); // A migrates the schema; B finds it made
            b = PackagedApp.launch(envB, "cluster-node-b", jvm);
            started.add(b);
            PackagedApp.awaitReady(b, nodeB, "cluster-node-b");
            String vcl = Files.readString(Path.of("docker/varnish/cluster.vcl"))
                    .replace("\"app-a\";\n    .port = \"8080\";", "\"127.0.0.1\";\n    .port = \"" + portA + "\";")
                    .replace("\"app-b\";\n    .port = \"8080\";", "\"127.0.0.1\";\n    .port = \"" + portB + "\";");
            varnish = VarnishServer.launch(DIR.resolve("varnish"), vcl, portV, purgePort);
            started.add(varnish);
            awaitStatus(front, "/q/health/ready", 200, 20_000);
            line("Cluster up: primary :" + primary.port() + ", replica :" + replica.jdbcUrl().replaceAll(".*:(\\d+)/.*", "$1")
                    + ", S3Proxy " + s3.endpoint() + ", Keycloak " + stack.keycloak().baseUrl() + ", node A " + nodeA + ", node B "
                    + nodeB + ", Varnish " + front);

            String editor = token("editor");
            String reviewer = token("reviewer");

            // 1. approved on A: served by B and by Varnish within 2 s
            given().baseUri(front).get("/").then().statusCode(200); // the home page is in Varnish before
            long id = createAndSubmit(nodeA, editor, "Cluster check: the harbour reopens");
            approve(nodeA, reviewer, id, Map.of());
            String page = "/articles/" + given().baseUri(nodeA).auth().oauth2(editor).get("/api/v1/articles/" + id).then().extract()
                    .path("slug");
            long onB = awaitStatus(nodeB, page, 200, 5_000);
            long onHome = awaitContains(front, "/", "the harbour reopens", 5_000);
            check(onB <= 2_000 && onHome <= 2_000, "approved on node A: served by node B after " + onB
                    + " ms, on the home page through Varnish after " + onHome + " ms (limit 2,000 ms)");

            // 1b. a correction to the body on A: node B (which has the page cached) and Varnish serve it within 2 s
            given().baseUri(nodeB).get(page).then().statusCode(200);
            int version = given().baseUri(nodeA).auth().oauth2(editor).get("/api/v1/articles/" + id).then().extract().path("version");
            given().baseUri(nodeA).auth().oauth2(editor).contentType("application/json")
                    .body(Map.of("version", version, "title", "Cluster check: the harbour reopens", "language", "en", "summary",
                            "A summary of Cluster check: the harbour reopens", "body", "<p>Correction: it reopens on Monday.</p>"))
                    .put("/api/v1/articles/" + id).then().statusCode(200);
            version = given().baseUri(nodeA).auth().oauth2(editor).get("/api/v1/articles/" + id).then().extract().path("version");
            given().baseUri(nodeA).auth().oauth2(editor).contentType("application/json").body(Map.of("version", version))
                    .post("/api/v1/articles/" + id + "/submit").then().statusCode(200);
            approve(nodeA, reviewer, id, Map.of());
            long correctedB = awaitContains(nodeB, page, "it reopens on Monday", 5_000);
            long correctedV = awaitContains(front, page, "it reopens on Monday", 5_000);
            check(correctedB <= 2_000 && correctedV <= 2_000, "a correction to its body only on node A (the change names item-" + id
                    + "): served by node B after " + correctedB + " ms, through Varnish after " + correctedV + " ms");

            // 2. unpublished on B: gone from A, B and Varnish within 2 s
            for (String base : List.of(nodeA, nodeB, front, front)) {
                given().baseUri(base).get(page).then().statusCode(200);
            }
            String cached = given().baseUri(front).get(page).header("X-Cache");
            given().baseUri(nodeB).auth().oauth2(reviewer).contentType("application/json").body(Map.of("comment", "legal takedown"))
                    .post("/api/v1/articles/" + id + "/unpublish").then().statusCode(200);
            long start = System.nanoTime();
            long goneA = awaitStatus(nodeA, page, 404, 5_000);
            long goneB = awaitStatus(nodeB, page, 404, 5_000);
            long goneV = awaitStatus(front, page, 404, 5_000);
            long all = (System.nanoTime() - start) / 1_000_000;
            check(all <= 2_000 && "HIT".equals(cached), "unpublished on node B: gone from node A after " + goneA + " ms, node B "
                    + goneB + " ms, Varnish (which had it cached: " + cached + ") " + goneV + " ms; all within " + all
                    + " ms (limit 2,000 ms)");

            // 3. an image uploaded through A is served by B
            byte[] image = SampleFiles.png(640, 480);
            String url = given().baseUri(nodeA).auth().oauth2(editor).multiPart("file", "cluster.png", image, "image/png")
                    .multiPart("alt", "The harbour from the lighthouse").post("/api/v1/uploads").then().statusCode(201).extract()
                    .path("url");
            byte[] servedByB = given().baseUri(nodeB).get(url).then().extract().asByteArray();
            byte[] servedByVarnish = given().baseUri(front).get(url).then().extract().asByteArray();
            boolean onNodeADisk;
            try (var files = Files.walk(DIR.resolve("node-a-files")).filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().equals(url.substring(url.lastIndexOf('/') + 1)))) {
                onNodeADisk = files.findAny().isPresent();
            } catch (IOException e) {
                onNodeADisk = false;
            }
            check(java.util.Arrays.equals(servedByB, image) && java.util.Arrays.equals(servedByVarnish, image) && !onNodeADisk,
                    "an image uploaded through node A (" + image.length + " bytes, kept in the bucket, not on node A's disk: "
                            + !onNodeADisk + ") is served by node B and through Varnish byte for byte");

            // 3b. a library kept in a folder moves into the bucket with the command: here the file of that upload
            String key = url.substring(url.lastIndexOf('/') + 1);
            Path object;
            try (var files = Files.walk(s3.bucketDir()).filter(f -> f.getFileName().toString().equals(key))) {
                object = files.findFirst().orElseThrow();
            }
            Path oldFolder = DIR.resolve("old-library");
            Files.createDirectories(oldFolder.resolve(key.substring(0, 2)));
            Files.move(object, oldFolder.resolve(key.substring(0, 2)).resolve(key), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            int missingStatus = given().baseUri(nodeB).get(url).statusCode();
            Map<String, String> command = new HashMap<>(envB);
            command.remove("QUARKUS_HTTP_PORT");
            Process copy = PackagedApp.launch(command, "cluster-copy-uploads", jvm, List.of("copy-uploads-to-s3", "--from",
                    oldFolder.toString()));
            started.add(copy);
            boolean ended = copy.waitFor(120, TimeUnit.SECONDS);
            List<String> said = Files.readAllLines(PackagedApp.log("cluster-copy-uploads"));
            String summary = said.stream().filter(l -> l.contains(" copied, ")).findFirst().orElse("(no summary; see "
                    + PackagedApp.log("cluster-copy-uploads") + ")");
            int afterCopy = given().baseUri(nodeB).get(url).statusCode();
            check(missingStatus == 404 && ended && copy.exitValue() == 0 && summary.startsWith("1 copied") && afterCopy == 200,
                    "copy-uploads-to-s3 --from a folder holding a file the bucket lacked (404 before): \"" + summary
                            + "\", then served by node B (" + afterCopy + ")");

            // 4. a scheduled item goes live once, with both nodes' schedulers running
            long scheduled = createAndSubmit(nodeA, editor, "Cluster check: the embargoed report");
            approve(nodeA, reviewer, scheduled, Map.of("publishAt", Instant.now().plusSeconds(3).toString()));
            String scheduledPage = "/articles/" + given().baseUri(nodeA).auth().oauth2(editor).get("/api/v1/articles/" + scheduled)
                    .then().extract().path("slug");
            long live = awaitStatus(front, scheduledPage, 200, 15_000);
            Thread.sleep(6_000); // several more scheduler runs on each node
            Response history = given().baseUri(nodeB).auth().oauth2(editor).get("/api/v1/articles/" + scheduled + "/history");
            int goLives = history.jsonPath().getList("findAll { it.action == 'scheduled-publish' }").size();
            String status = given().baseUri(nodeA).auth().oauth2(editor).get("/api/v1/articles/" + scheduled).then().extract()
                    .path("status");
            check(goLives == 1 && "PUBLISHED".equals(status), "a scheduled article went live through Varnish " + live
                    + " ms after its approval; " + goLives + " scheduled-publish entry in its history with both nodes running, status "
                    + status);

            // 6. readers through Varnish against the same page from one node alone
            String home = "/";
            Load viaVarnish = wrk(front + home);
            Load oneNode = wrk(nodeB + home);
            if (viaVarnish != null && oneNode != null) {
                line(String.format(Locale.ROOT, "readers of the home page, wrk -t2 -c50 -d10s: through Varnish %,.0f req/s (p99 %s),"
                        + " node B alone %,.0f req/s (p99 %s): ratio %.1f", viaVarnish.perSecond, viaVarnish.p99, oneNode.perSecond,
                        oneNode.p99, viaVarnish.perSecond / oneNode.perSecond));
            }

            // 5. killing node A loses no reader request through Varnish beyond the in-flight ones
            int readers = 8;
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger answered = new AtomicInteger();
            AtomicInteger lost = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(readers);
            List<Future<?>> load = new ArrayList<>();
            for (int i = 0; i < readers; i++) {
                load.add(pool.submit(() -> {
                    while (running.get()) {
                        // a search nobody made before: never in a cache, always answered by a node
                        int code = given().baseUri(front).get("/search?q=" + UUID.randomUUID()).statusCode();
                        (code == 200 ? answered : lost).incrementAndGet();
                    }
                }));
            }
            Thread.sleep(3_000);
            int before = answered.get();
            a.destroyForcibly();
            a.waitFor(10, TimeUnit.SECONDS);
            Thread.sleep(8_000);
            running.set(false);
            for (Future<?> f : load) {
                f.get(30, TimeUnit.SECONDS);
            }
            pool.shutdown();
            check(lost.get() <= readers && answered.get() > before, "node A killed (SIGKILL) under " + readers
                    + " readers of uncached searches through Varnish: " + answered.get() + " answered, " + lost.get()
                    + " lost (at most the " + readers + " in flight may be)");
        } catch (Throwable e) {
            failed++;
            line("FAIL the cluster check stopped: " + e);
        } finally {
            for (Process p : new Process[] { varnish, a, b }) {
                if (p != null) {
                    p.destroy();
                    p.waitFor(30, TimeUnit.SECONDS);
                }
            }
            s3.stop();
            replica.stop();
            stack.stop();
            Runtime.getRuntime().removeShutdownHook(stopAll);
            line(passed + " passed, " + failed + " failed");
            Files.write(DIR.resolve("result.txt"), lines, StandardCharsets.UTF_8);
        }
    }

    private void check(boolean ok, String what) {
        if (ok) {
            passed++;
        } else {
            failed++;
        }
        line((ok ? "PASS " : "FAIL ") + what);
    }

    private void line(String line) {
        System.out.println(line);
        lines.add(line);
    }

    private String token(String user) {
        return given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "password")
                .formParam("client_id", "masthead-test").formParam("username", user).formParam("password", user)
                .post(realm + "/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
    }

    private static long createAndSubmit(String node, String editor, String title) {
        long id = given().baseUri(node).auth().oauth2(editor).contentType("application/json")
                .body(Map.of("title", title, "language", "en", "summary", "A summary of " + title, "body",
                        "<p>" + title + ": the first paragraph.</p>"))
                .post("/api/v1/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        int version = given().baseUri(node).auth().oauth2(editor).get("/api/v1/articles/" + id).then().extract().path("version");
        given().baseUri(node).auth().oauth2(editor).contentType("application/json").body(Map.of("version", version))
                .post("/api/v1/articles/" + id + "/submit").then().statusCode(200);
        return id;
    }

    private static void approve(String node, String reviewer, long id, Map<String, Object> extra) {
        int version = given().baseUri(node).auth().oauth2(reviewer).get("/api/v1/articles/" + id).then().extract().path("version");
        Map<String, Object> body = new HashMap<>(extra);
        body.put("version", version);
        given().baseUri(node).auth().oauth2(reviewer).contentType("application/json").body(body)
                .post("/api/v1/articles/" + id + "/approve").then().statusCode(200);
    }

    /** Milliseconds until {@code path} answers {@code status}; throws after {@code limit} ms. */
    private static long awaitStatus(String base, String path, int status, long limit) throws InterruptedException {
        long start = System.nanoTime();
        while (given().baseUri(base).redirects().follow(false).get(path).statusCode() != status) {
            if (System.nanoTime() - start > limit * 1_000_000) {
                throw new AssertionError(base + path + " did not answer " + status + " within " + limit + " ms");
            }
            Thread.sleep(25);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long awaitContains(String base, String path, String text, long limit) throws InterruptedException {
        long start = System.nanoTime();
        while (!given().baseUri(base).get(path).asString().contains(text)) {
            if (System.nanoTime() - start > limit * 1_000_000) {
                throw new AssertionError(base + path + " did not show \"" + text + "\" within " + limit + " ms");
            }
            Thread.sleep(25);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private record Load(double perSecond, String p99) {
    }

    /** wrk (Debian's) against {@code url}, or null with a line saying why when it is not installed. */
    private Load wrk(String url) throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of("/usr/bin/wrk"))) {
            line("(no throughput measured: wrk is not installed; apt-get install wrk)");
            return null;
        }
        Process run = new ProcessBuilder("/usr/bin/wrk", "-t2", "-c50", "-d10s", "--latency", url).redirectErrorStream(true).start();
        String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        run.waitFor();
        Matcher rate = Pattern.compile("Requests/sec:\\s+([\\d.]+)").matcher(out);
        Matcher p99 = Pattern.compile("99%\\s+(\\S+)").matcher(out);
        if (!rate.find()) {
            line("(wrk printed no rate: " + out.strip() + ")");
            return null;
        }
        return new Load(Double.parseDouble(rate.group(1)), p99.find() ? p99.group(1) : "?");
    }
}
