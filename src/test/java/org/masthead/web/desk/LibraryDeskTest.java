package org.masthead.web.desk;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.testing.SampleFiles.pdf;
import static org.masthead.testing.SampleFiles.png;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;


import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.masthead.testing.Api;
import org.masthead.testing.BrowserSession;
import org.masthead.testing.BrowserSession.Page;
import org.masthead.testing.Keycloak;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The media library on the desk and the upload pickers of the item editor, over HTTP and parsed with jsoup. */
@QuarkusTest
class LibraryDeskTest {

    @TestHTTPResource("/admin")
    String admin;

    @jakarta.inject.Inject
    org.masthead.testing.RecordedPublicChanges publicChanges;

    private BrowserSession signedIn(String user) {
        return BrowserSession.signedIn(admin, user);
    }

    /** A word no other test's upload carries, to search by. */
    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Uploads through the library's form, CSRF token included, as the browser sends it. */
    private Page upload(BrowserSession browser, String fileName, String type, byte[] bytes, Map<String, String> fields) {
        Page library = browser.get(admin + "/library");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", library.document().selectFirst("form.upload-form input[name=_csrf]").attr("value"));
        form.putAll(fields);
        return browser.postMultipart(admin + "/library", form, "file", fileName, type, bytes);
    }

    /** Uploads through the API, for tests about where files are used. */
    private static long apiImage(String alt, String caption, String credit) {
        var request = given().auth().oauth2(Keycloak.accessToken("editor"))
                .multiPart("file", "photo.png", png(48, 32, Color.ORANGE), "image/png").multiPart("alt", alt);
        if (caption != null) {
            request = request.multiPart("caption", caption);
        }
        if (credit != null) {
            request = request.multiPart("credit", credit);
        }
        return request.post("/api/v1/uploads").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long apiPdf(String name) {
        return given().auth().oauth2(Keycloak.accessToken("editor")).multiPart("file", name, pdf(0), "application/pdf")
                .post("/api/v1/uploads").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long idOf(Page page) {
        return Long.parseLong(page.uri().getPath().replaceAll(".*/", ""));
    }

    private static List<Map.Entry<String, String>> without(List<Map.Entry<String, String>> fields, String... names) {
        List<Map.Entry<String, String>> kept = new ArrayList<>(fields);
        kept.removeIf(e -> List.of(names).contains(e.getKey()));
        return kept;
    }

    @Test
    void editorUploadsAnImageWithItsDescriptionAndFindsItBySearch() {
        BrowserSession editor = signedIn("editor");
        String caption = unique("Lighthouse keepers ");
        Page page = upload(editor, "lighthouse.png", "image/png", png(120, 80, Color.BLUE),
                Map.of("alt", "The lighthouse at dusk", "caption", caption, "credit", "(AP/Ana Ruiz)"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.uri().getPath()).matches("/admin/library/\\d+");
        Document detail = page.document();
        assertThat(detail.select(".message").text()).isEqualTo("Uploaded.");
        assertThat(detail.select(".upload-file img").attr("alt")).isEqualTo("The lighthouse at dusk");
        assertThat(detail.select(".upload-file figcaption").text()).contains(caption).contains("(AP/Ana Ruiz)");
        assertThat(detail.select(".facts").text()).contains("PNG").contains("120 × 80 px");
        assertThat(detail.select("#caption").text()).isEqualTo(caption);

        Document found = editor.get(admin + "/library?q=" + caption.replace(' ', '+')).document();
        assertThat(found.select(".tile-grid .tile-name").eachText()).containsExactly("lighthouse.png");
        assertThat(found.select(".tile-grid img").attr("src")).startsWith("/uploads/" + idOf(page) + "/");
        assertThat(editor.get(admin + "/library?q=AP%2FAna+Ruiz").document().select(".tile-grid a").eachAttr("href"))
                .as("credit is searched too").contains("/admin/library/" + idOf(page));
        assertThat(editor.get(admin + "/library?type=pdf&q=" + caption.replace(' ', '+')).document()
                .select(".tile-grid .empty").text()).isEqualTo("Nothing matches.");
    }

    @Test
    void pdfsAreShownAsFileTilesAndTheLibraryPagesByKeyset() {
        BrowserSession editor = signedIn("editor");
        String name = unique("annual-report-");
        Page page = upload(editor, name + ".pdf", "application/pdf", pdf(0), Map.of());
        assertThat(page.status()).isEqualTo(200);
        Document list = editor.get(admin + "/library?type=pdf&q=" + name).document();
        assertThat(list.select(".tile-grid .tile .file-tile").text()).isEqualTo("PDF");
        assertThat(list.select(".tile-grid .tile-name").eachText()).containsExactly(name + ".pdf");

        for (int i = 0; i < 25; i++) {
            apiPdf(name + "-" + i + ".pdf");
        }
        Document first = editor.get(admin + "/library?type=pdf&q=" + name).document();
        assertThat(first.select(".tile-grid .tile")).hasSize(24);
        Element older = first.selectFirst("a[rel=next]");
        assertThat(older).isNotNull();
        Document second = editor.get(older.absUrl("href")).document();
        assertThat(second.select(".tile-grid .tile-name").eachText()).containsExactly(name + "-0.pdf", name + ".pdf");
        assertThat(second.select("a[rel=next]")).isEmpty();
    }

    @Test
    void aDisguisedFileIsRefusedAndTheTypedFieldsAreKept() {
        BrowserSession editor = signedIn("editor");
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        Page page = upload(editor, "holiday.jpg", "image/jpeg", html,
                Map.of("alt", "Beach huts", "caption", "Huts in a row", "credit", "(Staff)"));

        assertThat(page.status()).isEqualTo(400);
        Document form = page.document();
        assertThat(form.select("#file-error").text()).contains("is not a JPEG, PNG or GIF image or a PDF");
        assertThat(form.select("#alt").attr("value")).isEqualTo("Beach huts");
        assertThat(form.select("#caption").text()).isEqualTo("Huts in a row");
        assertThat(form.select("#credit").attr("value")).isEqualTo("(Staff)");
        assertThat(form.select(".upload-form .hint").text()).contains("Choose the file again").contains("holiday.jpg");
    }

    @Test
    void anImageWithoutAltTextIsRefused() {
        BrowserSession editor = signedIn("editor");
        String caption = unique("No alt ");
        Page page = upload(editor, "noalt.png", "image/png", png(30, 30, Color.RED), Map.of("alt", " ", "caption", caption));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.document().select("#alt-error").text()).contains("describe the image");
        assertThat(page.document().select("#caption").text()).isEqualTo(caption);
        assertThat(editor.get(admin + "/library?q=" + caption.replace(' ', '+')).document().select(".tile-grid .tile")).isEmpty();
    }

    @Test
    void anUploadWithoutTheCsrfTokenIsRefusedAndStoresNothing() {
        BrowserSession editor = signedIn("editor");
        editor.get(admin + "/library");
        String caption = unique("Forged upload ");
        Page missing = editor.postMultipart(admin + "/library", Map.of("alt", "Forged", "caption", caption), "file",
                "forged.png", "image/png", png(20, 20, Color.BLACK));
        assertThat(missing.status()).isEqualTo(403);
        Page guessed = editor.postMultipart(admin + "/library", Map.of("_csrf", "guess", "alt", "Forged", "caption", caption),
                "file", "forged.png", "image/png", png(20, 20, Color.BLACK));
        assertThat(guessed.status()).isEqualTo(403);
        assertThat(editor.get(admin + "/library?q=" + caption.replace(' ', '+')).document().select(".tile-grid .tile")).isEmpty();
    }

    @Test
    void theDetailPageListsWhereAFileIsUsedAndDeletingWaitsUntilNothingUsesIt() {
        long image = apiImage("Fishing boats", "Boats", null);
        Map<String, Object> body = new HashMap<>(Api.article("Boats return to the harbour"));
        body.put("featuredImageId", image);
        long article = Api.createArticle("editor", body);
        long gallery = Api.as("editor").body(Map.of("title", "Boats gallery", "language", "en",
                "media", Map.of("type", "GALLERY", "imageIds", List.of(image)))).post("/api/v1/media")
                .then().statusCode(201).extract().jsonPath().getLong("id");

        BrowserSession reviewer = signedIn("reviewer");
        Page detail = reviewer.get(admin + "/library/" + image);
        assertThat(detail.document().select(".uses li a").eachAttr("href"))
                .containsExactlyInAnyOrder("/admin/articles/" + article, "/admin/media/" + gallery);
        assertThat(detail.document().select(".uses li").text()).contains("Boats return to the harbour")
                .contains("featured image").contains("media image");

        Page refused = reviewer.submit(detail, "form.delete-form", Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.document().select(".message.warning").text()).contains("used by 2 item(s)");
        assertThat(reviewer.get(admin + "/library/" + image).status()).isEqualTo(200);

        long unused = apiPdf("unused.pdf");
        Page deleted = reviewer.submit(reviewer.get(admin + "/library/" + unused), "form.delete-form", Map.of());
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.uri().getPath()).isEqualTo("/admin/library");
        assertThat(deleted.document().select(".message").text()).isEqualTo("Deleted.");
        assertThat(reviewer.get(admin + "/library/" + unused).status()).isEqualTo(404);
    }

    @Test
    void aLiveRevisionStillUsingAFileIsListed() {
        long image = apiImage("Old lead photo", null, null);
        Map<String, Object> body = new HashMap<>(Api.article("Lead photo swapped"));
        body.put("featuredImageId", image);
        long article = Api.publishedArticle("editor", "reviewer", body);
        body.put("featuredImageId", null);
        body.put("version", Api.version("editor", article));
        Api.as("editor").body(body).put("/api/v1/articles/" + article).then().statusCode(200);

        Document detail = signedIn("editor").get(admin + "/library/" + image).document();
        assertThat(detail.select(".uses li a").eachAttr("href")).containsExactly("/admin/articles/" + article);
        assertThat(detail.select(".uses li").text()).contains("live revision only");
    }

    @Test
    void editorsChangeTheDescriptionButOnlyReviewersDelete() {
        long image = apiImage("Market stalls", "Old caption", null);
        BrowserSession editor = signedIn("editor");
        Page page = editor.get(admin + "/library/" + image);
        assertThat(page.document().select("form.delete-form")).isEmpty();
        assertThat(page.document().select("#delete-h + p").text()).contains("reviewer role");

        Page saved = editor.submit(page, "form.describe-form", Map.of("caption", "Stalls open at dawn", "credit", "(Staff/Lee)"));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.document().select(".message").text()).isEqualTo("Saved.");
        assertThat(saved.document().select(".upload-file figcaption").text()).contains("Stalls open at dawn").contains("(Staff/Lee)");
        given().auth().oauth2(Keycloak.accessToken("editor")).get("/api/v1/uploads/" + image).then().statusCode(200)
                .body("caption", org.hamcrest.Matchers.equalTo("Stalls open at dawn"));
        assertThat(publicChanges.all()).as("live pages show captions in every edition")
                .anyMatch(change -> change.reason().contains("upload " + image) && change.languages().size() == 4);

        Page noAlt = editor.submit(saved, "form.describe-form", Map.of("alt", "", "caption", "Kept caption"));
        assertThat(noAlt.status()).isEqualTo(400);
        assertThat(noAlt.document().select("#alt-error").text()).contains("describe the image");
        assertThat(noAlt.document().select("#caption").text()).isEqualTo("Kept caption");

        Page stale = editor.submit(page, "form.describe-form", Map.of("caption", "Typed on an old page"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.document().select("#caption").text()).isEqualTo("Typed on an old page");

        Page forbidden = editor.post(admin + "/library/" + image + "/delete",
                Map.of("_csrf", page.document().selectFirst("input[name=_csrf]").attr("value")));
        assertThat(forbidden.status()).isEqualTo(403);
    }

    @Test
    void staffMayOpenTheLibraryAndAUserWithoutRolesMayNot() {
        assertThat(signedIn("editor").get(admin + "/library").status()).isEqualTo(200);
        Page reviewers = signedIn("reviewer").get(admin + "/library");
        assertThat(reviewers.status()).isEqualTo(200);
        assertThat(reviewers.document().select("nav a").eachText()).contains("Library");

        Keycloak.ensureUserWithoutRoles("rita-library");
        BrowserSession rita = signedIn("rita-library");
        Page refused = rita.get(admin + "/library");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.document().select(".needed-role strong").eachText()).contains("editor");
        assertThat(rita.get(admin + "/library/pick?field=featuredImageId").status()).isEqualTo(403);
    }

    @Test
    void aFeaturedImageIsPickedSavedChangedFromTheSearchPageAndCleared() {
        String caption = unique("Ferry at the quay ");
        long first = apiImage("The ferry moored", caption, "(AP/Sam Okafor)");
        BrowserSession editor = signedIn("editor");

        Page form = editor.get(admin + "/articles/new");
        assertThat(form.document().select("#featuredImageId-picker input[name=featuredImageId]").eachAttr("value"))
                .contains("", Long.toString(first));
        Page created = editor.submit(form, "form.editor", Map.of("title", "Ferry timetable changes",
                "featuredImageId", Long.toString(first)));
        assertThat(created.document().select(".message").text()).isEqualTo("Created as a draft.");
        Element chosen = created.document().selectFirst("#featuredImageId-picker figure.chosen");
        assertThat(chosen).isNotNull();
        assertThat(chosen.select("img").attr("alt")).isEqualTo("The ferry moored");
        assertThat(chosen.select(".caption").text()).isEqualTo(caption);
        assertThat(chosen.select(".credit").text()).isEqualTo("(AP/Sam Okafor)");
        long article = idOf(created);
        Api.as("editor").get("/api/v1/articles/" + article).then().body("featuredImageId", org.hamcrest.Matchers.equalTo((int) first));

        String otherCaption = unique("Quay at night ");
        long second = apiImage("The quay at night", otherCaption, null);
        String pickUrl = created.document().selectFirst("#featuredImageId-picker a.pick-link").absUrl("href");
        Document search = editor.get(pickUrl + "&q=" + otherCaption.replace(' ', '+')).document();
        Element use = search.selectFirst(".tile-grid a");
        assertThat(use.attr("href")).isEqualTo("/admin/articles/" + article + "?pick=featuredImageId&upload=" + second);
        Page back = editor.get(use.absUrl("href"));
        assertThat(back.document().select("#featuredImageId-picker .caption").text()).isEqualTo(otherCaption);
        assertThat(back.document().select("#featuredImageId-picker .message").text()).contains("press Save");
        editor.submit(back, "form.editor", Map.of());
        Api.as("editor").get("/api/v1/articles/" + article).then().body("featuredImageId", org.hamcrest.Matchers.equalTo((int) second));

        Page cleared = editor.submit(editor.get(admin + "/articles/" + article), "form.editor", Map.of("featuredImageId", ""));
        assertThat(cleared.document().select(".message").text()).isEqualTo("Saved.");
        assertThat(cleared.document().select("#featuredImageId-picker figure.chosen")).isEmpty();
        Api.as("editor").get("/api/v1/articles/" + article).then().body("featuredImageId", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aGalleryIsCreatedOnTheDeskWithItsImagesInOrderThenReordered() {
        long a = apiImage("Gallery image A", "A", null);
        long b = apiImage("Gallery image B", "B", null);
        long c = apiImage("Gallery image C", "C", null);
        BrowserSession editor = signedIn("editor");
        Page list = editor.get(admin + "/media");
        assertThat(list.document().select("a.button").eachAttr("href")).contains("/admin/media/new");

        Page form = editor.get(admin + "/media/new");
        List<String> offered = form.document().select("#media-images input[name=mediaImageAdd]").eachAttr("value");
        List<Long> expected = offered.stream().map(Long::valueOf).filter(id -> id == a || id == b || id == c).toList();
        assertThat(expected).as("the newest images are offered, newest first").containsExactly(c, b, a);

        List<Map.Entry<String, String>> fields = without(editor.fields(form, "form.editor"), "title", "mediaType");
        fields.add(Map.entry("title", "Harbour festival in pictures"));
        fields.add(Map.entry("mediaType", "GALLERY"));
        fields.add(Map.entry("mediaImageAdd", Long.toString(c)));
        fields.add(Map.entry("mediaImageAdd", Long.toString(b)));
        fields.add(Map.entry("mediaImageAdd", Long.toString(a)));
        Page created = editor.post(admin + "/media", fields);
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.document().select(".message").text()).isEqualTo("Created as a draft.");
        long gallery = idOf(created);
        assertThat(imageIds(gallery)).containsExactly(c, b, a);
        assertThat(created.document().select(".chosen-image .caption").eachText()).containsExactly("C", "B", "A");

        // Move A to first place and take B out.
        List<Map.Entry<String, String>> edit = new ArrayList<>();
        for (Map.Entry<String, String> field : editor.fields(created, "form.editor")) {
            edit.add(field);
        }
        int aPosition = created.document().select(".chosen-image input[name=mediaImagePositions]").size() - 1;
        edit = replaceNth(edit, "mediaImagePositions", aPosition, "1");
        edit.add(Map.entry("mediaImageRemove", Long.toString(b)));
        Page saved = editor.post(admin + "/media/" + gallery, edit);
        assertThat(saved.document().select(".message").text()).isEqualTo("Saved.");
        assertThat(imageIds(gallery)).containsExactly(a, c);
        assertThat(saved.document().select(".chosen-image .caption").eachText()).containsExactly("A", "C");

        // A cartoon has one image: the error sits next to the images, which are kept as chosen.
        List<Map.Entry<String, String>> cartoon = without(editor.fields(saved, "form.editor"), "mediaType", "title");
        cartoon.add(Map.entry("mediaType", "CARTOON"));
        cartoon.add(Map.entry("title", "Kept title"));
        Page refused = editor.post(admin + "/media/" + gallery, cartoon);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.document().select("#media-images-error").text()).contains("exactly one image");
        assertThat(refused.document().select("#title").attr("value")).isEqualTo("Kept title");
        assertThat(refused.document().select("#mediaType option[selected]").attr("value")).isEqualTo("CARTOON");
        assertThat(refused.document().select(".chosen-image .caption").eachText()).containsExactly("A", "C");
    }

    @Test
    void aVideoNeedsAnEmbedUrlFromAnAllowedHost() {
        BrowserSession editor = signedIn("editor");
        Page form = editor.get(admin + "/media/new");
        Page refused = editor.submit(form, "form.editor", Map.of("title", "Festival video", "mediaType", "VIDEO",
                "videoUrl", "https://evil.example/embed/1"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.document().select("#videoUrl-error").text()).contains("www.youtube-nocookie.com");
        assertThat(refused.document().select("#videoUrl").attr("value")).isEqualTo("https://evil.example/embed/1");

        Page noType = editor.submit(form, "form.editor", Map.of("title", "Untyped media"));
        assertThat(noType.status()).isEqualTo(400);
        assertThat(noType.document().select("#mediaType-error").text()).isNotBlank();

        Page created = editor.submit(refused, "form.editor", Map.of("videoUrl", "https://www.youtube-nocookie.com/embed/abc123"));
        assertThat(created.document().select(".message").text()).isEqualTo("Created as a draft.");
        Api.as("editor").get("/api/v1/media/" + idOf(created)).then()
                .body("media.type", org.hamcrest.Matchers.equalTo("VIDEO"))
                .body("media.videoUrl", org.hamcrest.Matchers.equalTo("https://www.youtube-nocookie.com/embed/abc123"));
    }

    @Test
    void aPublicationIsCreatedOnTheDeskWithCoverAndPdf() {
        long cover = apiImage("Cover of the harbour handbook", "Handbook cover", null);
        long file = apiPdf("handbook.pdf");
        BrowserSession editor = signedIn("editor");
        Page form = editor.get(admin + "/publications/new");
        assertThat(form.document().select("#pdfId-picker input[name=pdfId]").eachAttr("value")).contains(Long.toString(file));
        assertThat(form.document().select("#coverImageId-picker input[name=coverImageId]").eachAttr("value"))
                .contains(Long.toString(cover));

        Page refused = editor.submit(form, "form.editor", Map.of("title", "Harbour newsletter", "publicationType", "NEWSLETTER",
                "isbn", "978-3-16-148410-9", "pdfId", Long.toString(file)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.document().select("#publicationIssue-error").text()).contains("issue number");
        assertThat(refused.document().select("#isbn-error").text()).contains("ISBN");
        assertThat(refused.document().select("#pdfId-picker input[checked]").attr("value")).isEqualTo(Long.toString(file));

        Page created = editor.submit(form, "form.editor", Map.of("title", "Harbour handbook", "publicationType", "BOOK",
                "coverImageId", Long.toString(cover), "pdfId", Long.toString(file), "isbn", "978-3-16-148410-0"));
        assertThat(created.document().select(".message").text()).isEqualTo("Created as a draft.");
        assertThat(created.document().select("#coverImageId-picker .caption").text()).isEqualTo("Handbook cover");
        assertThat(created.document().select("#pdfId-picker figure.chosen a").text()).isEqualTo("handbook.pdf");
        var publication = Api.as("editor").get("/api/v1/publications/" + idOf(created)).then().statusCode(200)
                .extract().jsonPath();
        assertThat(publication.getString("publication.type")).isEqualTo("BOOK");
        assertThat(publication.getLong("publication.coverImageId")).isEqualTo(cover);
        assertThat(publication.getLong("publication.pdfId")).isEqualTo(file);
        assertThat(publication.getString("publication.isbn")).isEqualTo("9783161484100");
    }

    private static List<Long> imageIds(long mediaId) {
        return Api.as("editor").get("/api/v1/media/" + mediaId).then().statusCode(200).extract().jsonPath()
                .getList("media.imageIds", Long.class);
    }

    private static List<Map.Entry<String, String>> replaceNth(List<Map.Entry<String, String>> fields, String name, int n,
            String value) {
        List<Map.Entry<String, String>> changed = new ArrayList<>();
        int seen = 0;
        for (Map.Entry<String, String> field : fields) {
            if (field.getKey().equals(name) && seen++ == n) {
                changed.add(Map.entry(name, value));
            } else {
                changed.add(field);
            }
        }
        return changed;
    }

    @Test
    void anEditorCannotRewordAFileLivePagesShowButAReviewerCan() {
        long photo = apiImage("Fishing boats", "Boats at the jetty", "(Staff)");
        Map<String, Object> body = new HashMap<>(Api.article(unique("Boats ")));
        body.put("featuredImageId", photo);
        Api.publishedArticle("editor", "reviewer", body);

        BrowserSession editor = signedIn("editor");
        Page detail = editor.get(admin + "/library/" + photo);
        Page refused = editor.submit(detail, "form.describe-form", Map.of("caption", "Boats sunk at the jetty"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.document().select(".message").text()).contains("live pages show this file, so a reviewer makes the change");
        assertThat(refused.document().select("#caption").text()).as("the editor's words are kept").isEqualTo("Boats sunk at the jetty");
        assertThat(Api.as("editor").get("/api/v1/uploads/" + photo).jsonPath().getString("caption")).isEqualTo("Boats at the jetty");

        BrowserSession reviewer = signedIn("reviewer");
        Page saved = reviewer.submit(reviewer.get(admin + "/library/" + photo), "form.describe-form",
                Map.of("caption", "Boats moored at the jetty"));
        assertThat(saved.document().select(".message").text()).isEqualTo("Saved.");
    }
}
