package org.masthead.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.masthead.web.site.read.ReaderSql;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** A full page cache lets go of the pages readers asked for least recently, not of whatever its map yields first. */
@QuarkusTest
class PageCacheEvictionTest {

    @Inject
    Clock clock;

    @Inject
    ReaderSql sql;

    @Test
    void aFullCacheKeepsThePagesReadersAskFor() {
        PageCache cache = new PageCache(clock, sql, tenPages());
        cache.catchUp();
        for (int i = 0; i < 10; i++) {
            cache.store("page " + i, "en", "<p>page " + i + "</p>", PublicResponder.HTML, cache.generation(), java.util.Set.of());
        }
        assertThat(cache.size()).isEqualTo(10);
        for (int i = 1; i < 10; i++) {
            assertThat(cache.cached("page " + i)).as("page " + i).isNotNull(); // read; "page 0" never is
        }

        cache.store("a one-off search", "en", "<p>found</p>", PublicResponder.HTML, cache.generation(), java.util.Set.of());

        assertThat(cache.cached("page 0")).as("the page nobody read goes").isNull();
        for (int i = 1; i < 10; i++) {
            assertThat(cache.cached("page " + i)).as("page " + i + " stays").isNotNull();
        }
        assertThat(cache.cached("a one-off search")).isNotNull();
    }

    private static SiteConfig tenPages() {
        return new SiteConfig() {
            public String timeZone() {
                return "UTC";
            }

            public Optional<String> publicUrl() {
                return Optional.empty();
            }

            public int cachedPages() {
                return 10;
            }

            public int maxAge() {
                return 60;
            }

            public OptionalInt renderThreads() {
                return OptionalInt.empty();
            }
        };
    }
}
