package org.masthead.wordpress;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
