package org.masthead.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;

import org.jboss.logging.Logger;
import org.masthead.content.Byline;
import org.masthead.shared.ContentKind;
import org.masthead.content.ContentService;
import org.masthead.content.DigestContent;
import org.masthead.content.MediaContent;
import org.masthead.content.PublicationContent;
import org.masthead.shared.SlugMaker;
import org.masthead.content.ItemInput;
import org.masthead.content.Related;
import org.masthead.content.Source;
import org.masthead.menu.MenuService;
import org.masthead.security.StaffMember;
import org.masthead.taxonomy.Category;
import org.masthead.taxonomy.CategoryInput;
import org.masthead.taxonomy.CategoryService;
import org.masthead.taxonomy.SeriesInput;
import org.masthead.taxonomy.SeriesService;
import org.masthead.workflow.Workflow;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import org.masthead.content.ContentItem;
import org.masthead.media.UploadService;
import org.masthead.menu.MenuEntry;
import org.masthead.menu.MenuEntryInput;
import org.masthead.menu.MenuTarget;
import org.masthead.shared.PublicUrls;

/**
 * The dev profile's newsroom: the invented Harbour Desk, an NGO covering a coastal town. Written
 * through the same services staff use, so every item has its revisions and audit trail. Runs once:
 * a database that already has the demo's categories is left alone.
 */
@ApplicationScoped
@IfBuildProfile("dev")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    private static final StaffMember EDITOR = new StaffMember("editor", "Elena Marsh", null, List.of("editor"));
    private static final StaffMember EDITOR2 = new StaffMember("editor2", "Tomas Berg", null, List.of("editor"));
    private static final StaffMember REVIEWER = new StaffMember("reviewer", "Ruth Okafor", null, List.of("editor", "reviewer"));
    private static final StaffMember ADMIN = new StaffMember("admin", "Ada Lindqvist", null,
            List.of("editor", "reviewer", "admin"));

    private static final String[] TOPICS = { "community garden", "harbour cleanup", "library reading hour",
            "bicycle repair café", "coastal birdwatch", "school science fair", "river water testing",
            "neighbourhood choir", "tool-lending shed", "volunteer lifeguards" };
    private static final String[] ANGLES = { "opens its doors", "counts its first year", "asks for volunteers",
            "publishes its annual report" };
    private static final String[] OUTLETS = { "Coastal Ledger", "Bayside Weekly", "The Lighthouse Review" };

    private final ContentService content;
    private final Workflow workflow;
    private final CategoryService categories;
    private final SeriesService series;
    private final UploadService uploads;
    private final MenuService menus;

    DemoData(ContentService content, Workflow workflow, CategoryService categories, SeriesService series,
            UploadService uploads, MenuService menus) {
        this.uploads = uploads;
        this.menus = menus;
        this.content = content;
        this.workflow = workflow;
        this.categories = categories;
        this.series = series;
    }

    void load(@Observes StartupEvent startup) {
        if (alreadyLoaded()) {
            if (!menusLoaded()) {
                menus(); // a demo database from before menus existed
            }
            return;
        }
        Map<String, Long> categories = categories();
        pages(); // a site's "About us" is usually older than its news
        List<Long> english = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String topic = TOPICS[i % TOPICS.length];
            String title = capitalize(topic) + " " + ANGLES[(i / TOPICS.length) % ANGLES.length];
            boolean republished = i % 3 == 0;
            String outlet = OUTLETS[i % OUTLETS.length];
            ItemInput input = Draft.of(title, "en")
                    .summary("How the " + topic + " is doing, told by the people who run it.")
                    .body("<p>The " + topic + " in the old port district " + ANGLES[(i / TOPICS.length) % ANGLES.length]
                            + " this week.</p><p>Organisers say <strong>forty residents</strong> took part, and invite "
                            + "anyone curious to <a href=\"https://harbour-desk.example/get-involved\">get involved</a>.</p>")
                    .category(categories.get(i % 2 == 0 ? "news" : "local"))
                    .tags(List.of(topic.split(" ")[0], "community"))
                    .byline(republished ? new Byline("Mira Santos", outlet) : new Byline("Elena Marsh", null))
                    .source(republished ? new Source(outlet, "https://" + outlet.toLowerCase().replace(' ', '-')
                            + ".example/story-" + i, LocalDate.of(2017, 6, 1).plusDays(i)) : null)
                    .related(english.isEmpty() ? List.of() : List.of(new Related(english.get(english.size() - 1), null, null, null),
                            new Related(null, "https://harbour-desk.example/reports/2016", "The 2016 harbour report",
                                    "Harbour Desk, May 2: the year in numbers")))
                    .input();
            long id = content.create(ContentKind.ARTICLE, i % 2 == 0 ? EDITOR : EDITOR2, input).id();
            english.add(id);
            moveThroughWorkflow(id, i);
        }
        translations(english, categories);
        digests(english);
        mediaAndPublications();
        menus();
        LOG.infof("Loaded the Harbour Desk demo newsroom: %d English articles, translations, 5 digests, media, "
                + "publications and pages", english.size());
    }

    /** Most items end up published; the rest sit in every other state so that queues are not empty. */
    private void moveThroughWorkflow(long id, int i) {
        StaffMember author = i % 2 == 0 ? EDITOR : EDITOR2;
        switch (i % 10) {
            case 7 -> { } // stays a draft
            case 8 -> submit(ContentKind.ARTICLE, id, author);
            case 9 -> {
                submit(ContentKind.ARTICLE, id, author);
                requestChanges(ContentKind.ARTICLE, id, REVIEWER, "Please add the organisers' names.");
            }
            default -> {
                submit(ContentKind.ARTICLE, id, author);
                approve(ContentKind.ARTICLE, id, REVIEWER,
                        i == 6 ? Instant.now().plus(Duration.ofDays(2)) : null);
                if (i == 5) {
                    workflow.unpublish(ContentKind.ARTICLE, id, REVIEWER);
                } else if (i == 15) {
                    workflow.archive(ContentKind.ARTICLE, id, REVIEWER);
                }
            }
        }
    }

    private void translations(List<Long> english, Map<String, Long> categories) {
        String[][] editions = {
                { "ar", "حديقة المجتمع تفتح أبوابها", "تقرير عن حديقة الحي الجديدة قرب المرفأ." },
                { "ar", "متطوعون ينظفون المرفأ", "أربعون متطوعا نظفوا الرصيف الشرقي." },
                { "ar", "ساعة القراءة في المكتبة", "الأطفال يقرأون معا كل يوم سبت." },
                { "fa", "باغ محله درهای خود را گشود", "گزارشی از باغ تازهٔ محله در کنار بندر." },
                { "fa", "داوطلبان بندر را پاکسازی کردند", "چهل داوطلب اسکلهٔ شرقی را تمیز کردند." },
                { "fa", "ساعت کتاب‌خوانی در کتابخانه", "کودکان هر شنبه با هم کتاب می‌خوانند." },
                { "sq", "Kopshti i komunitetit hap dyert", "Një raport për kopshtin e ri pranë portit." },
                { "sq", "Vullnetarët pastrojnë portin", "Dyzet vullnetarë pastruan bankinën lindore." },
                { "sq", "Ora e leximit në bibliotekë", "Fëmijët lexojnë së bashku çdo të shtunë." } };
        for (int i = 0; i < editions.length; i++) {
            String[] edition = editions[i];
            ItemInput input = Draft.of(edition[1], edition[0]).summary(edition[2]).body("<p>" + edition[2] + "</p>")
                    .category(categories.get("news-" + edition[0])).byline(new Byline("Harbour Desk", null))
                    .translationOf(english.get(i % 3)).input();
            long id = content.create(ContentKind.ARTICLE, EDITOR, input).id();
            submit(ContentKind.ARTICLE, id, EDITOR);
            approve(ContentKind.ARTICLE, id, REVIEWER, null);
        }
    }

    /** "Weekly Digest" issues 189 to 193: an unnamed first section and one "In English:", each line naming an outlet. */
    private void digests(List<Long> english) {
        long weekly = series.save(ADMIN, null, new SeriesInput("Weekly Digest", "en", "weekly")).id();
        for (int n = 0; n < 5; n++) {
            int number = 189 + n;
            List<DigestContent.Section> sections = List.of(
                    new DigestContent.Section(null, List.of(
                            new DigestContent.Entry("Ferry timetable changes for the summer season", OUTLETS[n % 3], null,
                                    "https://ferries.example/summer-" + number),
                            new DigestContent.Entry("Residents vote on the new playground design", OUTLETS[(n + 1) % 3], null, null))),
                    new DigestContent.Section("In English:", List.of(
                            new DigestContent.Entry("From our desk: " + TOPICS[n] + " update", "Harbour Desk",
                                    english.get(n), null))));
            DigestContent digest = new DigestContent(weekly, number, LocalDate.of(2017, 5, 14).plusWeeks(n), sections);
            ItemInput input = Draft.of("Weekly Digest – " + number, "en").slug("weekly-digest-" + number)
                    .summary("The week's short items from the port district.").digest(digest).input();
            long id = content.create(ContentKind.DIGEST, EDITOR2, input).id();
            submit(ContentKind.DIGEST, id, EDITOR2);
            if (n < 4) {
                approve(ContentKind.DIGEST, id, REVIEWER, null);
            }
        }
    }

    /** Invented pictures (drawn here, no stock photos) and PDFs, so every media and publication kind has examples. */
    private void mediaAndPublications() {
        long cartoon = image("Cartoon: the harbour cat inspects the new ferry", new Color(0xF2C14E), "(Harbour Desk/Lena Holt)");
        long picture = image("Volunteers carry nets along the east pier", new Color(0x2E86AB), "(Harbour Desk/Jon Reyes)");
        long gallery1 = image("Fishing boats at dawn", new Color(0x5B8E7D), "(Harbour Desk/Jon Reyes)");
        long gallery2 = image("The lighthouse after the storm", new Color(0x8C5383), "(Harbour Desk/Jon Reyes)");
        long gallery3 = image("Children at the science fair", new Color(0xBC4B51), "(Harbour Desk/Lena Holt)");
        long cover = image("Cover of the Harbour Handbook", new Color(0x3D405B), "(Harbour Desk)");
        publishMedia("The harbour cat inspects the ferry", new MediaContent(MediaContent.Type.CARTOON, List.of(cartoon), null));
        publishMedia("Nets along the east pier", new MediaContent(MediaContent.Type.NEWS_PICTURE, List.of(picture), null));
        publishMedia("A week at the harbour", new MediaContent(MediaContent.Type.GALLERY, List.of(gallery1, gallery2, gallery3), null));
        publishMedia("The regatta in three minutes",
                new MediaContent(MediaContent.Type.VIDEO, List.of(), "https://www.youtube-nocookie.com/embed/harbour-regatta"));
        publishPublication("The Harbour Handbook", new PublicationContent(PublicationContent.Type.BOOK, cover,
                pdf("harbour-handbook.pdf"), null, "9783161484100"));
        for (int issue = 11; issue <= 12; issue++) {
            publishPublication("Harbour Desk Newsletter No. " + issue, new PublicationContent(PublicationContent.Type.NEWSLETTER,
                    null, pdf("newsletter-" + issue + ".pdf"), Integer.toString(issue), null));
        }
    }

    private void publishMedia(String title, MediaContent media) {
        long id = content.create(ContentKind.MEDIA, EDITOR, Draft.of(title, "en")
                .byline(new Byline("Harbour Desk", null)).media(media).input()).id();
        submit(ContentKind.MEDIA, id, EDITOR);
        approve(ContentKind.MEDIA, id, REVIEWER, null);
    }

    private void publishPublication(String title, PublicationContent publication) {
        long id = content.create(ContentKind.PUBLICATION, EDITOR2, Draft.of(title, "en")
                .summary("Published by the Harbour Desk association.").publication(publication).input()).id();
        submit(ContentKind.PUBLICATION, id, EDITOR2);
        approve(ContentKind.PUBLICATION, id, REVIEWER, null);
    }

    private long image(String alt, Color colour, String credit) {
        BufferedImage image = new BufferedImage(800, 500, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 800, 500);
        g.setColor(Color.WHITE);
        g.fillOval(300, 150, 200, 200);
        g.dispose();
        try {
            Path file = Files.createTempFile("demo", ".png");
            javax.imageio.ImageIO.write(image, "png", file.toFile());
            long id = uploads.store(EDITOR, file, SlugMaker.fromTitle(alt) + ".png", alt, alt, credit).id();
            Files.deleteIfExists(file);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long pdf(String name) {
        try {
            Path file = Files.createTempFile("demo", ".pdf");
            Files.writeString(file, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
            long id = uploads.store(EDITOR, file, name, null, null, "Harbour Desk").id();
            Files.deleteIfExists(file);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void pages() {
        String[][] pages = { { "About us", "about-us", "<p>Harbour Desk is an independent newsroom run by a non-profit "
                + "association of residents. We report on the port district and republish work from partner outlets.</p>" },
                { "Contact us", "contact-us", "<p>Write to <a href=\"mailto:desk@harbour-desk.example\">desk@harbour-desk.example</a>"
                        + " or visit us at 4 Pier Street, Tuesday to Friday.</p>" } };
        for (String[] page : pages) {
            ItemInput input = Draft.of(page[0], "en").slug(page[1]).body(page[2]).input();
            long id = content.create(ContentKind.PAGE, ADMIN, input).id();
            submit(ContentKind.PAGE, id, ADMIN);
            approve(ContentKind.PAGE, id, REVIEWER, null);
        }
    }

    /**
     * The customer's English navigation, and a short one for each other edition. Media and
     * publication sections are the public site's filtered listings, hence address entries.
     */
    private void menus() {
        MenuNodes en = new MenuNodes("en");
        en.url("Home", "/", null);
        en.url("Articles", "/articles", null);
        long media = en.url("Media", "/media", null);
        en.url("Cartoons", "/media?type=cartoon", media);
        en.url("News pictures", "/media?type=news-picture", media);
        en.url("Photo gallery", "/media?type=gallery", media);
        en.url("Videos", "/media?type=video", media);
        long publications = en.url("Publications", "/publications", null);
        en.url("Books", "/publications?type=book", publications);
        en.url("Newsletter", "/publications?type=newsletter", publications);
        en.url("Brief", "/publications?type=brief", publications);
        en.page("About us", pageId("en", "about-us", null, null));
        en.page("Contact us", pageId("en", "contact-us", null, null));
        long editions = en.add("Edition", MenuTarget.NONE, null, null);
        en.url("Arabic", "/ar/", editions);
        en.url("Persian", "/fa/", editions);
        en.url("Albanian", "/sq/", editions);
        String[][] others = { { "ar", "الرئيسية", "المقالات", "من نحن", "هاربور ديسك غرفة أخبار مستقلة يديرها سكان الحي." },
                { "fa", "خانه", "مقاله‌ها", "درباره ما", "هاربور دسک یک اتاق خبر مستقل است که ساکنان محله آن را می‌گردانند." },
                { "sq", "Kryefaqja", "Artikuj", "Rreth nesh", "Harbour Desk është një redaksi e pavarur e drejtuar nga banorët." } };
        for (String[] edition : others) {
            MenuNodes menu = new MenuNodes(edition[0]);
            menu.url(edition[1], PublicUrls.home(edition[0]), null);
            menu.url(edition[2], PublicUrls.prefix(edition[0]) + "/articles", null);
            menu.page(edition[3], pageId(edition[0], SlugMaker.fromTitle(edition[3]), edition[3], edition[4]));
        }
    }

    /** Adds entries to one edition's menu as the demo admin. */
    private final class MenuNodes {
        private final String language;

        MenuNodes(String language) {
            this.language = language;
        }

        long add(String label, MenuTarget target, Long itemId, String url, Long parent) {
            return menus.add(ADMIN, language, new MenuEntryInput(label, target, null, itemId, null, url, parent,
                    null)).id();
        }

        long add(String label, MenuTarget target, Long itemId, Long parent) {
            return add(label, target, itemId, null, parent);
        }

        long url(String label, String url, Long parent) {
            return add(label, MenuTarget.URL, null, url, parent);
        }

        long page(String label, long pageId) {
            return add(label, MenuTarget.PAGE, pageId, null);
        }
    }

    /** The page with this slug; created (and published) with {@code title} and {@code text} when missing. */
    private long pageId(String language, String slug, String title, String text) {
        Long existing = findPage(language, slug);
        if (existing != null) {
            return existing;
        }
        long id = content.create(ContentKind.PAGE, ADMIN, Draft.of(title, language).slug(slug)
                .body("<p>" + text + "</p>").translationOf(findPage("en", "about-us")).input()).id();
        submit(ContentKind.PAGE, id, ADMIN);
        approve(ContentKind.PAGE, id, REVIEWER, null);
        return id;
    }

    @Transactional
    Long findPage(String language, String slug) {
        return ContentItem.<ContentItem> find("language = ?1 and kind = ?2 and slug = ?3",
                language, ContentKind.PAGE, slug).firstResultOptional().map(item -> item.id).orElse(null);
    }

    @Transactional
    boolean menusLoaded() {
        return MenuEntry.count() > 0;
    }

    private Map<String, Long> categories() {
        Map<String, Long> ids = new HashMap<>();
        long articles = categories.create(ADMIN, new CategoryInput("Articles", "en", "articles", null, 0)).id();
        ids.put("news", categories.create(ADMIN, new CategoryInput("News", "en", "news", articles, 0)).id());
        ids.put("local", categories.create(ADMIN, new CategoryInput("Local life", "en", "local-life", articles, 1)).id());
        long media = categories.create(ADMIN, new CategoryInput("Media", "en", "media", null, 1)).id();
        categories.create(ADMIN, new CategoryInput("Cartoons", "en", "cartoons", media, 0));
        categories.create(ADMIN, new CategoryInput("News pictures", "en", "news-pictures", media, 1));
        categories.create(ADMIN, new CategoryInput("Photo gallery", "en", "photo-gallery", media, 2));
        categories.create(ADMIN, new CategoryInput("Videos", "en", "videos", media, 3));
        long publications = categories.create(ADMIN, new CategoryInput("Publications", "en", "publications", null, 2)).id();
        categories.create(ADMIN, new CategoryInput("Books", "en", "books", publications, 0));
        categories.create(ADMIN, new CategoryInput("Newsletter", "en", "newsletter", publications, 1));
        ids.put("news-ar", categories.create(ADMIN, new CategoryInput("أخبار", "ar", null, null, 0)).id());
        ids.put("news-fa", categories.create(ADMIN, new CategoryInput("اخبار", "fa", null, null, 0)).id());
        ids.put("news-sq", categories.create(ADMIN, new CategoryInput("Lajme", "sq", null, null, 0)).id());
        return ids;
    }

    @Transactional
    boolean alreadyLoaded() {
        return Category.count("language = ?1 and slug = ?2", "en", "articles") > 0;
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    // Review actions name the version they act on, as the desk's forms do: here always the current one.

    private void submit(ContentKind kind, long id, StaffMember who) {
        workflow.submit(kind, id, who, currentVersion(kind, id));
    }

    private void approve(ContentKind kind, long id, StaffMember who, Instant publishAt) {
        workflow.approve(kind, id, who, currentVersion(kind, id), publishAt);
    }

    private void requestChanges(ContentKind kind, long id, StaffMember who, String comment) {
        workflow.requestChanges(kind, id, who, currentVersion(kind, id), comment);
    }

    private long currentVersion(ContentKind kind, long id) {
        return content.read(kind, id, Optional.of(ADMIN)).version();
    }
}
