package org.masthead.wordpress;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.masthead.shared.PublicUrls;
import org.masthead.testing.Api;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** Exports of sites shaped unlike the fixture's, built in the test: links between posts, Polylang's languages. */
@QuarkusTest
class OtherSitesImportTest {

    @Inject
    WordPressImport importer;

    @TempDir
    Path dir;

    private ImportReport run(WxrBuilder export) throws Exception {
        return importer.run(export.write(dir, UUID.randomUUID() + ".wxr"), Optional.empty(), new WordPressImport.Options(false, Map.of()),
                WordPressImportTest.ADMIN, (d, t, w) -> {
                });
    }

    @Test
    void linksBetweenPostsLeadToTheNewAddressesEvenToPostsFurtherDownTheExport() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        // another site imported before, whose post 2 took "?p=2"
        run(new WxrBuilder("https://decoy-" + run + ".example").post(2, "decoy-" + run, "Decoy " + run, "<p>Decoy.</p>",
                "2019-04-01 10:00:00"));
        WxrBuilder export = new WxrBuilder("https://links-" + run + ".example");
        String later = export.permalink("2019-05-02 10:00:00", "the-later-piece-" + run);
        export.category("harbour-" + run, "Harbour")
                .post(1, "linking-ahead-" + run, "Linking ahead " + run, "<p>Read <a href=\"" + later + "\">the later piece</a>, its"
                        + " <a href=\"" + export.site() + "/?p=2#part-2\">second part</a>, the <a href=\"" + export.site() + "/category/harbour-"
                        + run + "/\">harbour news</a> and <a href=\"https://elsewhere.example/x\">elsewhere</a>.</p>",
                        "2019-05-01 10:00:00", "category:harbour-" + run)
                .post(2, "the-later-piece-" + run, "The later piece " + run, "<p>Back to <a href=\"" + export.site() + "/?p=1\">the first</a>.</p>",
                        "2019-05-02 10:00:00", "category:harbour-" + run);
        run(export);

        Document first = Jsoup.parse(given().get("/articles/linking-ahead-" + run).then().statusCode(200).extract().asString());
        assertThat(first.select("article .body a").eachAttr("href")).containsExactly("/articles/the-later-piece-" + run,
                "/articles/the-later-piece-" + run + "#part-2", "/categories/harbour-" + run, "https://elsewhere.example/x");
        Document second = Jsoup.parse(given().get("/articles/the-later-piece-" + run).then().statusCode(200).extract().asString());
        assertThat(second.select("article .body a").eachAttr("href")).containsExactly("/articles/linking-ahead-" + run);
    }

    @Test
    void aPolylangSiteBringsItsLanguagesAndTranslationLinks() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        WxrBuilder export = new WxrBuilder("https://polylang-" + run + ".example");
        export.term("language", "en", "English", "a:3:{s:6:\"locale\";s:5:\"en_US\";s:3:\"rtl\";i:0;s:9:\"flag_code\";s:2:\"us\";}")
                .term("language", "fa", "فارسی", "a:3:{s:6:\"locale\";s:5:\"fa_IR\";s:3:\"rtl\";i:1;s:9:\"flag_code\";s:2:\"ir\";}")
                .term("language", "de", "Deutsch", "a:3:{s:6:\"locale\";s:5:\"de_DE\";s:3:\"rtl\";i:0;s:9:\"flag_code\";s:2:\"de\";}")
                .term("post_translations", "pll_" + run, "pll_" + run, "a:3:{s:2:\"en\";i:11;s:2:\"fa\";i:12;s:2:\"de\";i:13;}")
                .category("news-" + run, "News").category("akhbar-" + run, "اخبار").category("nachrichten-" + run, "Nachrichten")
                .post(11, "harbour-day-" + run, "Harbour day " + run, "<p>The harbour opened its doors.</p>", "2020-03-01 09:00:00",
                        "category:news-" + run, "language:en", "post_translations:pll_" + run)
                .post(12, "روز-بندر-" + run, "روز بندر " + run, "<p>بندر درهایش را گشود.</p>", "2020-03-01 10:00:00",
                        "category:akhbar-" + run, "language:fa", "post_translations:pll_" + run)
                .post(13, "hafentag-" + run, "Hafentag " + run, "<p>Der Hafen öffnete.</p>", "2020-03-01 11:00:00",
                        "category:nachrichten-" + run, "language:de", "post_translations:pll_" + run);
        ImportReport report = run(export);
        assertThat(report.notes).anySatisfy(note -> assertThat(note).contains("Deutsch").contains("not an edition here"));
        assertThat(report.categories).containsEntry("akhbar-" + run, "fa").containsEntry("news-" + run, "en");

        Document english = Jsoup.parse(given().get("/articles/harbour-day-" + run).then().statusCode(200).extract().asString());
        String persian = "/fa/articles/" + PublicUrls.segment("روز-بندر-" + run);
        assertThat(english.select(".translations a[hreflang=fa]").attr("href")).isEqualTo(persian);
        Document farsi = Jsoup.parse(given().urlEncodingEnabled(false).get(persian).then().statusCode(200).extract().asString());
        assertThat(farsi.select("html").attr("dir")).isEqualTo("rtl");
        assertThat(farsi.select("article .category-label").text()).isEqualTo("اخبار");
        assertThat(farsi.select(".translations a[hreflang=en]").attr("href")).isEqualTo("/articles/harbour-day-" + run);
        assertThat(english.select(".translations a").eachAttr("hreflang")).as("German is no edition: its post is not linked")
                .containsExactly("fa");
    }

    @Test
    void aFileTheUploadsFolderLacksIsFetchedFromItsAddressAndAnUnreachableOneIsReportedWithoutStopping() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        byte[] photo = Files.readAllBytes(WordPressImportTest.UPLOADS.resolve("2017/06/river-photo.jpg"));
        HttpServer old = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        old.createContext("/wp-content/uploads/2019/05/", exchange -> {
            boolean known = exchange.getRequestURI().getPath().endsWith("/pier-" + run + ".jpg");
            exchange.getResponseHeaders().add("Content-Type", "image/jpeg");
            exchange.sendResponseHeaders(known ? 200 : 404, known ? photo.length : -1);
            if (known) {
                exchange.getResponseBody().write(photo);
            }
            exchange.close();
        });
        old.start();
        try {
            String site = "http://127.0.0.1:" + old.getAddress().getPort();
            WxrBuilder export = new WxrBuilder(site)
                    .attachment(31, site + "/wp-content/uploads/2019/05/pier-" + run + ".jpg", "2019/05/pier-" + run + ".jpg",
                            "The pier " + run, "The pier at dawn (AP/Jane Doe)", "The east pier at dawn")
                    .attachment(32, site + "/wp-content/uploads/2019/05/gone-" + run + ".jpg", "2019/05/gone-" + run + ".jpg",
                            "Gone " + run, "", "Something gone")
                    .attachment(33, "http://127.0.0.1:1/wp-content/uploads/2019/05/far-" + run + ".jpg", "2019/05/far-" + run + ".jpg",
                            "Far " + run, "", "Something far")
                    .attachment(35, "http://files.elsewhere.example/wp-content/uploads/2019/05/away-" + run + ".jpg",
                            "2019/05/away-" + run + ".jpg", "Away " + run, "", "Somewhere else")
                    .post(34, "with-a-photo-" + run, "With a photo " + run, "<p><img src=\"" + site + "/wp-content/uploads/2019/05/pier-"
                            + run + ".jpg\" alt=\"The east pier at dawn\"></p>", "2019-05-02 10:00:00");
            ImportReport report = run(export);
            assertThat(report.missingFiles).satisfiesExactlyInAnyOrder(
                    gone -> assertThat(gone).contains("gone-" + run).contains("HTTP 404"),
                    far -> assertThat(far).contains("far-" + run).contains("could not be reached"),
                    away -> assertThat(away).contains("away-" + run).contains("not on the old site's own host"));
            assertThat(report.done("created upload", 0)).isEqualTo(1);
            Document page = Jsoup.parse(given().get("/articles/with-a-photo-" + run).then().statusCode(200).extract().asString());
            String src = page.select("article .body img").attr("src");
            assertThat(src).startsWith("/uploads/");
            assertThat(given().get(src).then().statusCode(200).contentType("image/jpeg").extract().asByteArray()).isEqualTo(photo);
            given().redirects().follow(false).get("/wp-content/uploads/2019/05/pier-" + run + ".jpg").then().statusCode(301)
                    .header("Location", src);
        } finally {
            old.stop(0);
        }
    }

    @Test
    void eachEditionTakesTheMenuWhoseEntriesLeadIntoIt() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        WxrBuilder export = new WxrBuilder("https://menus-" + run + ".example");
        export.category("farsi", "فارسی");
        int farsi = export.lastTermId();
        export.category("shqip", "Shqip");
        int shqip = export.lastTermId();
        export.post(41, "lajme-" + run, "Lajme " + run, "<p>Lajme.</p>", "2019-06-01 09:00:00", "category:shqip")
                .menuEntry(51, "menu-fa-" + run, "فارسی " + run, "taxonomy", "category", farsi, "")
                .menuEntry(52, "menu-fa-" + run, "Home " + run, "custom", "custom", 0, export.site() + "/fa/")
                .menuEntry(53, "menu-sq-" + run, "Lajme " + run, "post_type", "post", 41, "")
                .menuEntry(54, "menu-sq-" + run, "Shqip " + run, "taxonomy", "category", shqip, "")
                .menuEntry(55, "footer-sq-" + run, "Kontakt " + run, "post_type", "post", 41, "");
        ImportReport report = run(export);
        assertThat(report.menus).containsEntry("menu-fa-" + run, "fa").containsEntry("menu-sq-" + run, "sq")
                .doesNotContainKey("footer-sq-" + run);
        assertThat(report.notes).anySatisfy(note -> assertThat(note).contains("footer-sq-" + run).contains("menu-sq-" + run));
        assertThat(Api.readersMenu("fa").getList("label", String.class)).contains("فارسی " + run, "Home " + run);
        assertThat(Api.readersMenu("sq").getList("label", String.class)).contains("Lajme " + run, "Shqip " + run)
                .doesNotContain("Kontakt " + run);
    }
}
