package org.masthead.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.masthead.security.StaffMember;
import org.masthead.wordpress.ImportReport;
import org.masthead.wordpress.WordPressImport;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * On demand (bench/run-import.sh): a WordPress export of BENCH_POSTS (default 2,000) published posts of 8–20
 * paragraphs (about 8 KB of text each, like the fixture site's), written in the fixture's own shape, imported into
 * the test stack's real MariaDB; reports the time, posts per second and the highest heap in use (sampled every
 * 50 ms). Files aside: the posts carry no attachments. Figures go to target/bench/import.txt.
 */
@QuarkusTest
@Tag("bench")
class ImportBench {

    private static final int POSTS = Integer.parseInt(System.getenv().getOrDefault("BENCH_POSTS", "2000"));
    private static final String[] WORDS = ("harbour council ferry volunteers river report station bridge museum festival "
            + "teachers library market budget tram workshop residents engineers archive gallery coastal quay storm").split(" ");

    @Inject
    WordPressImport importer;

    @Test
    void importsARealisticExport() throws Exception {
        Path export = Path.of("target/bench/import-" + POSTS + ".wxr");
        Files.createDirectories(export.getParent());
        long bytes = write(export);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong highest = new AtomicLong(before);
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> highest.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max), 0, 50,
                TimeUnit.MILLISECONDS);
        Instant start = Instant.now();
        ImportReport report = importer.run(export, Optional.empty(), new WordPressImport.Options(false, Map.of()),
                new StaffMember("bench", "Bench", null, List.of("editor", "reviewer", "admin")), (done, total, what) -> {
                });
        Duration took = Duration.between(start, Instant.now());
        sampler.shutdownNow();
        System.gc();
        long after = memory.getHeapMemoryUsage().getUsed();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%,d posts, export %.1f MB, imported in %.1f s (%.0f posts/s); heap in use after a full GC %d MB before"
                + " and %d MB after (at most %d MB in use, garbage included, during); %d processors", POSTS, bytes / 1048576.0,
                took.toMillis() / 1000.0, POSTS / (took.toMillis() / 1000.0), before >> 20, after >> 20, highest.get() >> 20,
                Runtime.getRuntime().availableProcessors()));
        lines.add("done: " + report.done);
        Path out = Path.of("target/bench/import.txt");
        Files.write(out, lines, StandardCharsets.UTF_8);
        lines.forEach(System.out::println);
        assertThat(report.done("created article", 0) + report.done("unchanged article", 0)).isEqualTo(POSTS);
        assertThat(report.skipped).isEmpty();
    }

    private static long write(Path file) throws Exception {
        String fixture = Files.readString(Path.of("src/test/fixtures/wordpress/small.wxr"));
        String head = fixture.substring(0, fixture.indexOf("<item>"));
        Random random = new Random(42);
        LocalDateTime date = LocalDateTime.of(2015, 1, 1, 8, 0);
        DateTimeFormatter wp = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write(head);
            for (int i = 1; i <= POSTS; i++) {
                String title = "Bench " + i + " " + words(random, 5);
                String slug = "bench-" + i + "-" + title.substring(title.indexOf(' ', 6) + 1).toLowerCase(Locale.ROOT).replace(' ', '-');
                StringBuilder body = new StringBuilder();
                int paragraphs = 8 + random.nextInt(13);
                for (int p = 0; p < paragraphs; p++) {
                    body.append("<!-- wp:paragraph -->\n<p>").append(sentences(random, 8000 / paragraphs)).append("</p>\n<!-- /wp:paragraph -->\n\n");
                }
                String when = date.plusHours(7L * i).format(wp);
                out.write("<item><title><![CDATA[" + title + "]]></title><link>http://127.0.0.1:8081/" + slug + "/</link>"
                        + "<dc:creator><![CDATA[mira]]></dc:creator><content:encoded><![CDATA[" + body + "]]></content:encoded>"
                        + "<excerpt:encoded><![CDATA[]]></excerpt:encoded><wp:post_id>" + (100_000 + i) + "</wp:post_id>"
                        + "<wp:post_date><![CDATA[" + when + "]]></wp:post_date><wp:post_date_gmt><![CDATA[" + when + "]]></wp:post_date_gmt>"
                        + "<wp:post_modified_gmt><![CDATA[" + when + "]]></wp:post_modified_gmt><wp:post_name><![CDATA[" + slug
                        + "]]></wp:post_name><wp:status><![CDATA[publish]]></wp:status><wp:post_parent>0</wp:post_parent>"
                        + "<wp:post_type><![CDATA[post]]></wp:post_type><wp:post_password><![CDATA[]]></wp:post_password>"
                        + "<wp:is_sticky>0</wp:is_sticky><category domain=\"category\" nicename=\"news\"><![CDATA[News]]></category>"
                        + "</item>\n");
            }
            out.write("</channel>\n</rss>\n");
        }
        return Files.size(file);
    }

    private static String sentences(Random random, int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            String sentence = words(random, 8 + random.nextInt(12));
            text.append(Character.toUpperCase(sentence.charAt(0))).append(sentence.substring(1)).append(". ");
        }
        return text.toString().strip();
    }

    private static String words(Random random, int n) {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < n; i++) {
            words.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return words.toString();
    }
}
