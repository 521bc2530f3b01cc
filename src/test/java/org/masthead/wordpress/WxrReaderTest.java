package org.masthead.wordpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export reader on the real fixture and on the kinds of bad file people upload by mistake. */
class WxrReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsTheFixtureItemByItem() {
        List<Wxr.Item> items = new ArrayList<>();
        List<Wxr.Term> terms = new ArrayList<>();
        WxrReader.read(WordPressImportTest.EXPORT, new Wxr.Visitor() {
            @Override
            public void term(Wxr.Term term) {
                terms.add(term);
            }

            @Override
            public void item(Wxr.Item item) {
                items.add(item);
            }
        });
        assertThat(items).hasSize(46);
        Wxr.Item republished = items.stream().filter(i -> i.id() == 2004).findFirst().orElseThrow();
        assertThat(republished.title()).isEqualTo("River water testing publishes its annual report");
        assertThat(republished.dateGmt()).isEqualTo("2017-06-11 08:30:00");
        assertThat(republished.terms("post_tag")).extracting(Wxr.ItemTerm::slug).containsExactly("river", "volunteers");
        assertThat(republished.comments()).isNotEmpty();
        assertThat(terms).anyMatch(t -> t.slug().equals("cartoons") && t.parent().equals("media"));
    }

    @Test
    void aFileThatIsNotAnExportIsRefusedByName() throws IOException {
        Path html = write("page.html", "<html><body>not an export</body></html>");
        assertThatThrownBy(() -> WxrReader.read(html, new Wxr.Visitor() {
        })).isInstanceOf(WxrException.class).hasMessageContaining("not a WordPress export").hasMessageContaining("<html>");

        Path rss = write("feed.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>A feed</title>"
                + "<item><title>x</title></item></channel></rss>");
        assertThatThrownBy(() -> WxrReader.read(rss, new Wxr.Visitor() {
        })).isInstanceOf(WxrException.class).hasMessageContaining("no <wp:wxr_version>");

        Path photo = write("photo.jpg", "\u00ff\u00d8\u00ff\u00e0 binary");
        assertThatThrownBy(() -> WxrReader.read(photo, new Wxr.Visitor() {
        })).isInstanceOf(WxrException.class).hasMessageContaining("not well-formed XML");
    }

    @Test
    void aTruncatedExportIsRefusedAndSaysWhere() throws IOException {
        String whole = Files.readString(WordPressImportTest.EXPORT);
        Path cut = write("cut.wxr", whole.substring(0, whole.length() / 2));
        List<Long> seen = new ArrayList<>();
        assertThatThrownBy(() -> WxrReader.read(cut, new Wxr.Visitor() {
            @Override
            public void item(Wxr.Item item) {
                seen.add(item.id());
            }
        })).isInstanceOf(WxrException.class).hasMessageContaining("line").hasMessageContaining("cut short");
        assertThat(seen).as("items before the cut were read").isNotEmpty();
    }

    @Test
    void externalEntitiesAreNotFollowed() throws IOException {
        Path secret = write("secret.txt", "the newsroom's secret");
        Path evil = write("evil.wxr", "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<rss xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel><wp:wxr_version>1.2</wp:wxr_version>"
                + "<item><title>&x;</title></item></channel></rss>");
        List<String> titles = new ArrayList<>();
        try {
            WxrReader.read(evil, new Wxr.Visitor() {
                @Override
                public void item(Wxr.Item item) {
                    titles.add(item.title());
                }
            });
        } catch (WxrException refused) {
            // refusing the file is as good as ignoring the entity
        }
        assertThat(titles).noneMatch(t -> t.contains("secret"));
    }

    @Test
    void aPostBodyBecomesWhatMastheadKeeps() {
        Map<String, Integer> unknown = new HashMap<>();
        WordPressBody.Result result = WordPressBody.convert("""
                <!-- wp:paragraph --><p class="byline">By Riley Brannock, Culture Desk</p><!-- /wp:paragraph -->
                <p>See <a href="http://old.example/2017/06/other/">the other story</a>.</p>
                [caption id="attachment_9" width="300"]<img src="http://old.example/wp-content/uploads/2017/06/a-300x200.jpg" alt="A"> A harbour (AP/Jane Doe)[/caption]
                [gallery ids="1,2"]
                """, "http://old.example", path -> path.equals("2017/06/a-300x200.jpg") ? Optional.of("/uploads/7/a.jpg")
                        : Optional.empty(), unknown);
        assertThat(result.byline()).contains(new WordPressBody.Byline("Riley Brannock", "Culture Desk"));
        assertThat(result.html()).doesNotContain("wp:paragraph").doesNotContain("Riley")
                .contains("<a href=\"/2017/06/other/\">").contains("<figure><img src=\"/uploads/7/a.jpg\" alt=\"A\">"
                        + "<figcaption>A harbour (AP/Jane Doe)</figcaption></figure>");
        assertThat(unknown).containsOnlyKeys("gallery");
        assertThat(WordPressBody.captionAndCredit("The river at dawn (AP/Jane Doe)")).containsExactly("The river at dawn", "(AP/Jane Doe)");
        assertThat(WordPressBody.captionAndCredit("No credit here")).containsExactly("No credit here", null);
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
