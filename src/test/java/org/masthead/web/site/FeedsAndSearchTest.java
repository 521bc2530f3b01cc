package org.masthead.web.site;

import org.masthead.shared.PublicUrls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.web.site.Reader.article;
import static org.masthead.web.site.Reader.get;
import static org.masthead.web.site.Reader.page;
import static org.masthead.web.site.Reader.publish;
import static org.masthead.web.site.Reader.slug;
import static org.masthead.testing.Api.as;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** RSS feeds and the sitemap as XML parsers read them; search in every edition. */
@QuarkusTest
class FeedsAndSearchTest {

    private static org.w3c.dom.Document xml(Response response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(200);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.asByteArray()));
    }

    private static List<String> texts(org.w3c.dom.Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagName(tag);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void feedsAreRss2PerEditionAndPerCategory() throws Exception {
        long category = Reader.category("Feeds desk", "en");
        Map<String, Object> body = article("Feed item <with> & symbols", "en");
        body.put("categoryId", category);
        long id = publish(body);
        publish(article("Artikull për furnizimin", "sq"));

        Response response = get("/feed");
        assertThat(response.contentType()).startsWith("application/rss+xml");
        org.w3c.dom.Document feed = xml(response);
        assertThat(feed.getDocumentElement().getAttribute("version")).isEqualTo("2.0");
        assertThat(texts(feed, "title")).contains("Feed item <with> & symbols").doesNotContain("Artikull për furnizimin");
        assertThat(texts(feed, "link")).anySatisfy(link -> assertThat(link).startsWith("http").endsWith("/articles/" + slug(id)));
        assertThat(texts(feed, "pubDate")).allSatisfy(d -> assertThat(d).matches("\\w{3}, \\d{1,2} \\w{3} \\d{4} .*"));

        assertThat(texts(xml(get("/sq/feed")), "title")).contains("Artikull për furnizimin").doesNotContain("Feed item <with> & symbols");
        org.w3c.dom.Document categoryFeed = xml(get("/categories/" + Reader.categorySlug(category) + "/feed"));
        assertThat(texts(categoryFeed, "item").size()).isEqualTo(1);
        assertThat(texts(categoryFeed, "title")).contains("Feed item <with> & symbols");
    }

    @Test
    void sitemapListsLiveItemsWithTheirTranslationsAndRobotsPointsToIt() throws Exception {
        long en = publish(article("Sitemap piece", "en"));
        Map<String, Object> ar = article("قطعة خريطة الموقع", "ar");
        ar.put("translationOf", en);
        publish(ar);
        org.w3c.dom.Document sitemap = xml(get("/sitemap.xml"));
        assertThat(sitemap.getDocumentElement().getLocalName()).isEqualTo("urlset");
        List<String> locs = texts(sitemap, "loc");
        assertThat(locs).anySatisfy(l -> assertThat(l).endsWith("/articles/sitemap-piece"));
        Instant lastmod = Instant.parse(texts(sitemap, "lastmod").get(locs.indexOf(locs.stream()
                .filter(l -> l.endsWith("/articles/sitemap-piece")).findFirst().orElseThrow())));
        Instant published = Instant.parse(as("editor").get("/api/v1/articles/" + en).then().extract().path("publishedAt"));
        assertThat(Duration.between(published, lastmod).abs()).as("lastmod is when it went live").isLessThan(Duration.ofSeconds(5));
        NodeList alternates = sitemap.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link");
        List<String> hreflangs = new ArrayList<>();
        for (int i = 0; i < alternates.getLength(); i++) {
            hreflangs.add(((Element) alternates.item(i)).getAttribute("hreflang"));
        }
        assertThat(hreflangs).contains("ar", "en");
        String robots = get("/robots.txt").asString();
        assertThat(robots).contains("Disallow: /admin").containsPattern("Sitemap: https?://\\S+/sitemap.xml");
    }

    @Test
    void searchFindsLiveTextInEveryEditionAndHighlightsSafely() {
        Map<String, Object> english = article("Lobster season opens", "en");
        english.put("body", "<p>The quayside was busy when the lobster boats came back at dawn.</p>");
        publish(english);
        Map<String, Object> draft = article("Lobster draft", "en");
        org.masthead.testing.Api.createArticle("editor", draft);
        Map<String, Object> arabic = article("موسم الصيد في الميناء", "ar");
        arabic.put("body", "<p>عاد الصيادون إلى الميناء مع الفجر.</p>");
        publish(arabic);
        Map<String, Object> persian = article("فصل ماهیگیری در بندر", "fa");
        persian.put("body", "<p>ماهیگیران سپیده‌دم به بندر بازگشتند.</p>");
        publish(persian);

        Document results = page("/search?q=lobster");
        assertThat(results.select(".hit h2").eachText()).containsExactly("Lobster season opens");
        assertThat(results.select(".hit mark").eachText()).allSatisfy(m -> assertThat(m).isEqualToIgnoringCase("lobster"));

        Document arabicResults = page("/ar/search?q=" + PublicUrls.segment("الصيادون"));
        assertThat(arabicResults.select(".hit h2").eachText()).containsExactly("موسم الصيد في الميناء");
        assertThat(arabicResults.select(".hit mark").eachText()).containsOnly("الصيادون");
        Document persianResults = page("/fa/search?q=" + PublicUrls.segment("ماهیگیران"));
        assertThat(persianResults.select(".hit h2").eachText()).containsExactly("فصل ماهیگیری در بندر");
        assertThat(page("/search?q=" + PublicUrls.segment("الصيادون")).select(".hit")).as("editions search their own").isEmpty();

        Document hostile = page("/search?q=" + PublicUrls.segment("<script>alert(1)</script> lobster"));
        assertThat(hostile.select("script")).isEmpty();
        assertThat(hostile.select("h1").text()).contains("<script>alert(1)</script>");
        assertThat(hostile.select(".hit h2").eachText()).isEmpty();
        assertThat(page("/search?q=").select(".empty").text()).isEqualTo("Type at least one word to search.");
        assertThat(page("/search?q=nothingmatchesthisword").select(".empty").text()).contains("nothingmatchesthisword");
        assertThat(get("/search?q=lobster&page=2").statusCode()).isEqualTo(404);
    }
}
