package org.masthead.web.site.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.web.site.Reader.article;
import static org.masthead.web.site.Reader.get;
import static org.masthead.web.site.Reader.page;
import static org.masthead.web.site.Reader.publish;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;


import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.masthead.web.site.read.PageRequest;
import org.masthead.web.site.read.ReaderSearch.Order;
import org.masthead.web.site.read.ReaderViews.Hit;
import org.masthead.web.site.read.ReaderViews.SearchResults;
import org.masthead.web.site.Reader;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The order of search results: newest first by default, paged by keyset; best match on request. */
@QuarkusTest
class SearchOrderTest {

    @Inject
    ReaderDataSources dataSource;
    @Inject
    ReaderContent content;

    @Test
    void resultsComeNewestFirstAndPageStablyWhileNewMatchesArrive() {
        for (int i = 1; i <= 23; i++) {
            publish(article(String.format("Kelpforest report %02d", i), "en"));
            publish(article(String.format("Unrelated report %02d", i), "en"));
        }
        assertThat(page("/search?q=kelpforest").select(".sort a[aria-current]").text()).isEqualTo("Newest first");
        Reader.pagesStayStableWhileAnItemArrives("/search?q=kelpforest", "Kelpforest report",
                () -> publish(article("Kelpforest report 24", "en")));
        assertThat(Reader.allTitles("/search?q=kelpforest")).hasSize(24).doesNotHaveDuplicates().allMatch(t -> t.startsWith("Kelpforest"));
        assertThat(get("/search?q=kelpforest&page=2&before=garbage").statusCode()).isEqualTo(404);
        assertThat(get("/search?q=kelpforest&sort=oldest").statusCode()).isEqualTo(404);
        String cursor = page("/search?q=kelpforest").select("nav.pager a.older").attr("href").replaceFirst(".*&before=", "");
        assertThat(get("/search?q=kelpforest&sort=relevance&page=2").statusCode()).isEqualTo(200);
        assertThat(get("/search?q=kelpforest&sort=relevance&page=2&before=" + cursor).statusCode())
                .as("best match pages by number only").isEqualTo(404);
        assertThat(get("/search?q=kelpforest&page=2&before=" + cursor).statusCode()).isEqualTo(200);
        assertThat(get("/search?q=kelpforest&page=" + (ReaderSearch.MAX_PAGE + 1)).statusCode()).isEqualTo(404);
        assertThat(get("/search?q=&page=2").statusCode()).as("no words, no second page").isEqualTo(404);
    }

    @Test
    void bestMatchPutsTheStrongestMatchFirstOnRequest() {
        Map<String, Object> strong = article("Saltmarsh, saltmarsh and more saltmarsh", "en");
        strong.put("body", "<p>The saltmarsh floods twice a day; the saltmarsh birds know it.</p>");
        publish(strong);
        publish(article("A walk past the saltmarsh", "en"));

        assertThat(Reader.titles(page("/search?q=saltmarsh"))).containsExactly("A walk past the saltmarsh",
                "Saltmarsh, saltmarsh and more saltmarsh");
        Document best = page(page("/search?q=saltmarsh").select(".sort a:not([aria-current])").attr("href"));
        assertThat(best.select(".sort a[aria-current]").text()).isEqualTo("Best match");
        assertThat(Reader.titles(best)).containsExactly("Saltmarsh, saltmarsh and more saltmarsh", "A walk past the saltmarsh");
        assertThat(page("/fa/search?q=saltmarsh").select(".sort")).as("no sorting without results").isEmpty();
    }

    /**
     * A broad search walks the edition by date, a narrow one asks the full-text index: whichever
     * the search takes, every page holds the same results.
     */
    @Test
    void theDateWalkAndTheFullTextIndexFindTheSamePages() {
        for (int i = 1; i <= 25; i++) {
            publish(article("Dunlinwalk notes " + i, "en"));
            if (i % 3 == 0) {
                publish(article("Other notes " + i, "en"));
            }
        }
        CountingSql walking = new CountingSql(dataSource);
        List<List<Long>> walked = pages(new ReaderSearch(walking, content, Integer.MAX_VALUE / 100), walking);
        CountingSql asking = new CountingSql(dataSource);
        List<List<Long>> indexed = pages(new ReaderSearch(asking, content, 1), asking);
        assertThat(walked).hasSize(3).extracting(List::size).containsExactly(10, 10, 5);
        assertThat(indexed).isEqualTo(walked);
        assertThat(walked.stream().flatMap(List::stream).distinct().count()).isEqualTo(25);
        // the walk fills pages 1 and 2 on its own; the short last page, and every page of the other, ask the index too
        assertThat(walking.perPage).containsExactly(1, 1, 2);
        assertThat(asking.perPage).containsExactly(2, 2, 2);
    }

    /** Counts the statements each page of a search runs. */
    private static final class CountingSql extends ReaderSql {
        final List<Integer> perPage = new ArrayList<>();
        int statements;

        CountingSql(ReaderDataSources dataSource) {
            super(dataSource);
        }

        @Override
        public <T> List<T> list(String sql, RowReader<T> reader, Object... parameters) {
            statements++;
            return super.list(sql, reader, parameters);
        }
    }

    /** Every page of "dunlinwalk", following the "Older" links as a reader would. */
    private static List<List<Long>> pages(ReaderSearch search, CountingSql sql) {
        List<List<Long>> pages = new ArrayList<>();
        PageRequest request = PageRequest.parse(null, null, null);
        while (request != null && pages.size() < 10) {
            sql.statements = 0;
            SearchResults results = search.search("en", "dunlinwalk", Order.NEWEST, request, "/search");
            sql.perPage.add(sql.statements);
            pages.add(results.hits().stream().map(Hit::teaser).map(ReaderViews.Teaser::id).toList());
            request = results.olderHref() == null ? null : parse(results.olderHref());
        }
        return pages;
    }

    private static PageRequest parse(String href) {
        Map<String, String> params = new HashMap<>();
        for (String pair : href.substring(href.indexOf('?') + 1).split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return PageRequest.parse(params.get("page"), params.get("before"), params.get("after"));
    }
}
