package org.masthead.wordpress;

import java.net.URI;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.logging.Logger;
import org.masthead.comment.CommentService;
import org.masthead.comment.CommentStatus;
import org.masthead.content.Byline;
import org.masthead.content.ContentItem;
import org.masthead.content.ContentService;
import org.masthead.content.DigestContent;
import org.masthead.content.ItemInput;
import org.masthead.content.Related;
import org.masthead.content.Source;
import org.masthead.media.UploadService;
import org.masthead.menu.MenuEntryInput;
import org.masthead.menu.MenuService;
import org.masthead.menu.MenuTarget;
import org.masthead.media.UploadView;
import org.masthead.redirect.RedirectService;
import org.masthead.security.Roles;
import org.masthead.security.StaffMember;
import org.masthead.shared.ContentKind;
import org.masthead.shared.Edition;
import org.masthead.shared.InvalidFieldsException;
import org.masthead.shared.PublicChange;
import org.masthead.shared.PublicUrls;
import org.masthead.shared.SlugMaker;
import org.masthead.shared.WorkflowStatus;
import org.masthead.taxonomy.Category;
import org.masthead.taxonomy.CategoryInput;
import org.masthead.taxonomy.CategoryService;
import org.masthead.taxonomy.DigestSeries;
import org.masthead.taxonomy.SeriesInput;
import org.masthead.taxonomy.SeriesService;
import org.masthead.wordpress.Wxr.Item;
import org.masthead.wordpress.Wxr.Term;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Event;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Brings a WordPress export into Masthead: categories (nested, each in its edition), posts as articles and pages as
 * pages with their original dates, slugs, authors and bylines, attachments as library uploads with caption and
 * credit, featured images, comments, and a 301 from every old address. Two passes over the file, streamed: the first
 * learns what is there (and is all a dry run does), the second writes, one item per transaction, so that a failure
 * leaves no half-written item. Keyed by the source site and WordPress id: running it again changes nothing, and a
 * newer export updates what changed in WordPress unless an editor changed it in Masthead since.
 */
@ApplicationScoped
public class WordPressImport {

    private static final Logger LOG = Logger.getLogger(WordPressImport.class);
    private static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    /** Editions a WordPress site often keeps in a category of its own, when no --edition-of-category says otherwise. */
    private static final Map<String, String> EDITION_NAMES = Map.of("farsi", "fa", "persian", "fa", "arabic", "ar",
            "albanian", "sq", "shqip", "sq");
    private static final Pattern SIZE_FILE = Pattern.compile("s:4:\"file\";s:\\d+:\"([^\"]+)\"");
    /** "Weekly Digest – 193": a series title and an issue number, joined by a dash of any kind. */
    private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&#(?:(\\d{1,6})|[xX]([0-9a-fA-F]{1,5}));");
    private static final Pattern HREF_VALUE = Pattern.compile("href=\"([^\"]*)\"");
    /** "/?p=12", "?page_id=7": how WordPress links a post by its id. */
    private static final Pattern OLD_ID_LINK = Pattern.compile("/?\\?(?:p|page_id)=(\\d{1,18})");
    private static final Pattern DIGEST_TITLE = Pattern.compile("^(.+?)\\s*[–—-]\\s*(\\d{1,6})$");

    /** Told how far the import is: {@code done} of {@code total} items. */
    public interface Progress {
        void step(int done, int total, String what);
    }

    /** How to read the export: rehearsal only, and which categories hold which edition. */
    /**
     * @param fetchMissing whether a file not in the uploads folder is fetched from its address in the export (when that
     *        answers) rather than reported missing at once
     */
    public record Options(boolean dryRun, Map<String, String> editionOfCategory, boolean fetchMissing) {

        public Options(boolean dryRun, Map<String, String> editionOfCategory) {
            this(dryRun, editionOfCategory, true);
        }
    }

    /** What the first pass learns of each item. */
    private record Known(long id, String type, String status, String title, String link, String attachedFile, List<String> sizes,
            String excerpt, String alt, String url) {
    }

    private final ContentService content;
    private final CategoryService categories;
    private final MenuService menus;
    private final SeriesService seriesService;
    private final UploadService uploads;
    private final CommentService comments;
    private final RedirectService redirects;
    private final OldFiles files;
    private final ImportKeys keys;
    private final Validator validator;
    private final Event<PublicChange> publicChanges;
    private final Clock clock;

    WordPressImport(ContentService content, CategoryService categories, MenuService menus, SeriesService seriesService, UploadService uploads, CommentService comments,
            RedirectService redirects, ImportKeys keys, Validator validator, Event<PublicChange> publicChanges, Clock clock,
            OldFiles files) {
        this.files = files;
        this.content = content;
        this.categories = categories;
        this.menus = menus;
        this.seriesService = seriesService;
        this.uploads = uploads;
        this.comments = comments;
        this.redirects = redirects;
        this.keys = keys;
        this.validator = validator;
        this.publicChanges = publicChanges;
        this.clock = clock;
    }

    @ActivateRequestContext
    public ImportReport run(Path export, Optional<Path> uploadsDir, Options options, StaffMember who, Progress progress) {
        who.require(Roles.ADMIN, "Importing from WordPress");
        if (!Files.isRegularFile(export)) {
            throw new WxrException("There is no file " + export);
        }
        if (uploadsDir.isPresent() && !Files.isDirectory(uploadsDir.get())) {
            throw new WxrException("The uploads folder " + uploadsDir.get() + " does not exist");
        }
        Run run = new Run(options, uploadsDir, who, progress);
        WxrReader.read(export, run.survey());
        if (!options.dryRun()) {
            WxrReader.read(export, run.write());
            run.relinkPending();
            run.linkTranslations();
            publicChanges.fire(PublicChange.everywhere("WordPress import of " + run.report.site));
        }
        return run.report;
    }

    /** One import: what the first pass learnt, and what the second did. */
    private final class Run {

        final Options options;
        final Optional<Path> uploadsDir;
        final StaffMember who;
        final Progress progress;
        final ImportReport report;
        String site = "";
        String source = "";
        final Map<String, String> authorNames = new HashMap<>();
        final Map<String, Term> categoryTerms = new LinkedHashMap<>();
        final Map<Long, Known> known = new HashMap<>();
        final Map<String, Long> attachmentByFile = new HashMap<>();
        final Map<String, Long> byLink = new HashMap<>();
        final Map<String, Long> seriesIds = new HashMap<>();
        /** Each menu's entries (their metadata), then the one menu each edition takes. */
        final Map<String, List<Map<String, String>>> menuEntries = new LinkedHashMap<>();
        final Map<String, String> menuOfEdition = new HashMap<>();
        final Map<Long, String> postLanguages = new HashMap<>();
        final Map<String, Long> categoryIds = new HashMap<>();
        final Map<Long, String> uploadUrls = new HashMap<>();
        /** Attachments whose file was looked for in this pass, found or not: each is looked for once. */
        final Set<Long> tried = new HashSet<>();
        /** Polylang: the edition of each of its language terms (by slug), of each category its posts use, and its groups of translations. */
        final Map<String, String> polylangEditions = new HashMap<>();
        final Map<String, String> polylangCategories = new HashMap<>();
        final Map<String, List<Long>> polylangGroups = new LinkedHashMap<>();
        /** Items written whose links name posts not imported yet: id and revision. */
        final List<long[]> relinkLater = new ArrayList<>();
        int total;
        int done;

        Run(Options options, Optional<Path> uploadsDir, StaffMember who, Progress progress) {
            this.options = options;
            this.uploadsDir = uploadsDir;
            this.who = who;
            this.progress = progress;
            this.report = new ImportReport(options.dryRun());
        }

        Wxr.Visitor survey() {
            return new Wxr.Visitor() {
                @Override
                public void site(String baseUrl, String title) {
                    if (baseUrl != null && !baseUrl.isBlank()) {
                        site = baseUrl.replaceAll("/+$", "");
                        source = site.toLowerCase(Locale.ROOT).replaceFirst("^https?://", "");
                        report.site = site;
                    }
                }

                @Override
                public void author(Wxr.Author author) {
                    authorNames.put(author.login(), author.displayName().isBlank() ? author.login() : author.displayName());
                }

                @Override
                public void term(Term term) {
                    if (term.taxonomy().equals("category") && !categoryTerms.containsKey(term.slug())) {
                        categoryTerms.put(term.slug(), term);
                    }
                    if (term.taxonomy().equals("language")) {
                        String code = term.slug().toLowerCase(Locale.ROOT).split("[-_]")[0];
                        if (Edition.isKnown(code)) {
                            polylangEditions.put(term.slug(), code);
                        } else {
                            report.notes.add("Polylang language “" + term.name() + "” (" + term.slug()
                                    + ") is not an edition here; its posts follow their categories");
                        }
                    }
                }

                @Override
                public void end() {
                    categoryTerms.values().forEach(term -> report.categories.put(categoryPath(term), edition(term)));
                    menuEntries.forEach((menu, entries) -> {
                        String edition = menuEdition(entries);
                        if (menuOfEdition.putIfAbsent(edition, menu) == null) {
                            report.menus.put(menu, edition);
                        } else {
                            report.notes.add("menu “" + menu + "” is not imported: the " + edition + " edition takes its menu from “"
                                    + menuOfEdition.get(edition) + "”");
                        }
                    });
                }

                @Override
                public void item(Item item) {
                    List<String> sizes = new ArrayList<>();
                    String file = item.meta().getOrDefault("_wp_attached_file", "");
                    if (!file.isEmpty()) {
                        String dir = file.contains("/") ? file.substring(0, file.lastIndexOf('/') + 1) : "";
                        Matcher m = SIZE_FILE.matcher(item.meta().getOrDefault("_wp_attachment_metadata", ""));
                        while (m.find()) {
                            String size = m.group(1).contains("/") ? m.group(1) : dir + m.group(1);
                            sizes.add(size);
                            attachmentByFile.put(size, item.id());
                        }
                        attachmentByFile.put(file, item.id());
                    }
                    String linkPath = pathOf(item.link());
                    if (linkPath != null) {
                        byLink.put(RedirectService.normalize(linkPath), item.id());
                    }
                    known.put(item.id(), new Known(item.id(), item.type(), item.status(), item.title(), item.link(), file, sizes,
                            item.type().equals("attachment") ? item.excerpt() : "",
                            item.meta().getOrDefault("_wp_attachment_image_alt", ""), item.attachmentUrl()));
                    survey(item);
                }
            };
        }

        private void survey(Item item) {
            total++;
            if (item.type().equals("post") || item.type().equals("page")) {
                postLanguages.put(item.id(), language(item));
            }
            Optional<String> polylang = polylangEdition(item);
            if (polylang.isPresent() && (item.type().equals("post") || item.type().equals("page"))) {
                for (Wxr.ItemTerm category : item.terms("category")) {
                    String before = polylangCategories.putIfAbsent(category.slug(), polylang.get());
                    if (before != null && !before.equals(polylang.get())) {
                        report.notes.add("category " + category.slug() + " has posts in " + before + " and " + polylang.get()
                                + "; it is kept in " + before);
                    }
                }
                item.terms("post_translations").forEach(group -> polylangGroups.computeIfAbsent(group.slug(), k -> new ArrayList<>())
                        .add(item.id()));
            }
            switch (item.type()) {
                case "post", "page" -> {
                    String language = language(item);
                    report.found(item.type() + " " + item.status() + " " + language);
                    if (item.type().equals("post")) {
                        report.authors.merge(authorNames.getOrDefault(item.creator(), item.creator()), 1, Integer::sum);
                    }
                    if (item.sticky()) {
                        report.sticky.add(describe(item));
                    }
                    if (item.status().equals("private") || !item.password().isEmpty()) {
                        report.notPublic.add(describe(item) + (item.password().isEmpty() ? ": private" : ": password-protected"));
                    }
                    WordPressBody.convert(item.content(), site, path -> Optional.empty(), report.unknownShortcodes);
                    if (item.terms("category").stream().anyMatch(t -> t.slug().contains("digest"))
                            && DIGEST_TITLE.matcher(item.title().strip()).matches() && WordPressBody.digest(item.content()).isPresent()) {
                        report.found("post read as digest");
                    }
                    for (Wxr.Comment c : item.comments()) {
                        report.found("comment " + commentState(c));
                    }
                }
                case "attachment" -> {
                    report.found("attachment");
                    String file = item.meta().getOrDefault("_wp_attached_file", "");
                    if (uploadsDir.isEmpty() || file.isEmpty() || !Files.isRegularFile(uploadsDir.get().resolve(file).normalize())) {
                        if (options.fetchMissing() && fetchable(item.attachmentUrl())) {
                            report.found("attachment to fetch from its address");
                        } else {
                            report.missingFiles.add(file.isEmpty() ? describe(item) : file);
                        }
                    }
                }
                case "nav_menu_item" -> {
                    report.found("menu entry");
                    String menu = item.terms("nav_menu").stream().map(Wxr.ItemTerm::slug).findFirst().orElse("");
                    menuEntries.computeIfAbsent(menu, k -> new ArrayList<>()).add(item.meta());
                }
                default -> report.found("not imported: " + item.type());
            }
        }

        Wxr.Visitor write() {
            done = 0;
            return new Wxr.Visitor() {
                @Override
                public void item(Item item) {
                    done++;
                    try {
                        write(item);
                    } catch (RuntimeException e) {
                        LOG.warnf(e, "WordPress %s %d not imported", item.type(), item.id());
                        report.skipped.add(describe(item) + ": " + reason(e));
                    }
                    progress.step(done, total, describe(item));
                }
            };
        }

        private void write(Item item) {
            switch (item.type()) {
                case "post", "page" -> post(item);
                case "attachment" -> attachment(item.id());
                case "nav_menu_item" -> menuEntry(item);
                default -> {
                    // other post types are not imported; the report counts them
                }
            }
        }

        private void post(Item item) {
            if (item.status().equals("trash") || item.status().equals("auto-draft") || item.status().equals("inherit")) {
                report.skipped.add(describe(item) + ": " + item.status() + " in WordPress");
                return;
            }
            ContentKind kind = item.type().equals("page") ? ContentKind.PAGE : ContentKind.ARTICLE;
            String language = language(item);
            Long featured = Optional.ofNullable(item.meta().get("_thumbnail_id")).filter(v -> v.matches("\\d+"))
                    .map(Long::valueOf).flatMap(this::attachment).orElse(null);
            WordPressBody.Result body = WordPressBody.convert(item.content(), site, this::uploadAddress, new HashMap<>());
            String author = authorNames.getOrDefault(item.creator(), item.creator());
            Byline byline = body.byline().map(b -> new Byline(b.author(), b.outlet()))
                    .orElse(author == null || author.isBlank() ? null : new Byline(author, null));
            String slug = slug(item);
            List<Source> origins = body.sources().stream()
                    .filter(src -> src.url().matches("(?i)https?://\\S+") && src.url().length() <= 1000)
                    .map(src -> new Source(WordPressBody.cut(src.outlet(), 200), src.url(), src.date())).limit(10).toList();
            List<Related> related = body.alsoRead().stream().map(this::related).filter(r -> r != null).limit(20).toList();
            ItemInput input = new ItemInput(null, item.title().isBlank() ? "(untitled WordPress " + item.type() + " " + item.id() + ")"
                    : item.title().strip(), language, slug, blankToNull(item.excerpt()), body.html(), category(item, language),
                    tags(item), byline, origins, related, null, null, null, featured, null, null, null);
            Optional<ItemInput> asDigest = kind == ContentKind.ARTICLE ? digest(item, input) : Optional.empty();
            if (asDigest.isPresent()) {
                kind = ContentKind.DIGEST;
                input = asDigest.get();
            }
            boolean[] unresolved = { false };
            input = withBody(input, input.body() == null ? null : relink(input.body(), unresolved));
            Set<ConstraintViolation<ItemInput>> violations = validator.validate(input);
            if (!violations.isEmpty()) {
                ConstraintViolation<ItemInput> first = violations.iterator().next();
                report.skipped.add(describe(item) + ": " + first.getPropertyPath() + " " + first.getMessage());
                return;
            }
            ItemInput finalInput = input;
            WorkflowStatus status = status(item);
            Instant written = date(item.dateGmt()).or(() -> date(item.date())).orElse(Instant.now(clock));
            ContentService.Imported how = new ContentService.Imported(status, written, written, item.creator().isBlank() ? who.username()
                    : item.creator(), who.username(), "imported from WordPress " + item.type() + " " + item.id() + " by " + who.username());
            String kindName = kind.name().toLowerCase(Locale.ROOT);
            Optional<ImportKeys.Key> key = keys.find(source, "post", item.id());
            long id;
            if (key.isPresent() && ContentItem.findById(key.get().targetId()) != null) {
                if (item.modifiedGmt().equals(key.get().wpModified())) {
                    report.done("unchanged " + kindName);
                    if (unresolved[0]) {
                        // a run cut off before its last pass left these links to correct
                        relinkLater.add(new long[] { key.get().targetId(), key.get().revision() == null ? 1 : key.get().revision() });
                    }
                    return;
                }
                long existing = key.get().targetId();
                int importedRevision = key.get().revision() == null ? 1 : key.get().revision();
                Optional<Integer> revision = QuarkusTransaction.requiringNew().call(() -> {
                    Optional<Integer> rewritten = content.reimportItem(existing, importedRevision, finalInput, how);
                    rewritten.ifPresent(r -> keys.put(source, "post", item.id(), existing, item.modifiedGmt(), r));
                    return rewritten;
                });
                id = existing;
                if (revision.isEmpty()) {
                    report.conflicts.add(describe(item) + " (Masthead item " + id + ")");
                    return;
                }
                report.done("updated " + kindName);
                if (unresolved[0]) {
                    relinkLater.add(new long[] { id, revision.get() });
                }
            } else {
                try {
                    id = create(kind, input, how, item);
                } catch (InvalidFieldsException e) {
                    if (input.slug() == null || e.errors().stream().noneMatch(f -> f.field().equals("slug"))) {
                        throw e;
                    }
                    report.slugCollisions.add(describe(item) + ": " + input.slug());
                    id = create(kind, withSlug(input, null), how, item);
                }
                report.done("created " + kindName);
                if (unresolved[0]) {
                    relinkLater.add(new long[] { id, 1 });
                }
            }
            long itemId = id;
            QuarkusTransaction.requiringNew().run(() -> {
                oldAddresses(item, itemId);
                comments(item, itemId);
            });
        }

        /**
         * {@code html} with each link to an old address of the site (a permalink, "?p=12", an archive) pointed at where
         * it leads now; {@code unresolved[0]} is set when a link names a post of the export not imported yet.
         */
        private String relink(String html, boolean[] unresolved) {
            return HREF_VALUE.matcher(html).replaceAll(m -> {
                String href = unescape(m.group(1));
                // a post of this export by its id or permalink (another site's ?p=2 may share the redirect table), else
                // whatever redirect answers the address (an archive, a file)
                Optional<Long> post = postNamed(href);
                Optional<String> now = post.isPresent()
                        ? keys.find(source, "post", post.get()).flatMap(key -> redirects.itemAddress(key.targetId()))
                                .map(address -> address + fragment(href))
                        : redirects.newAddress(href);
                if (now.isPresent()) {
                    return Matcher.quoteReplacement("href=\"" + attribute(now.get()) + "\"");
                }
                if (post.isPresent()) {
                    unresolved[0] = true;
                }
                return Matcher.quoteReplacement(m.group());
            });
        }

        /** An attribute value as the browser reads it: "&amp;" and numeric references ("&#61;", the sanitizer's "=") decoded. */
        private static String unescape(String value) {
            return CHARACTER_REFERENCE.matcher(value.replace("&amp;", "&")).replaceAll(r -> {
                int code = r.group(1) != null ? Integer.parseInt(r.group(1)) : Integer.parseInt(r.group(2), 16);
                return Matcher.quoteReplacement(Character.isValidCodePoint(code) ? Character.toString(code) : r.group());
            });
        }

        /** The WordPress id of the post or page of this export that {@code href} names by its id or its permalink. */
        private Optional<Long> postNamed(String href) {
            String address = href.replaceFirst("#.*", "");
            Matcher id = OLD_ID_LINK.matcher(address);
            Long wpId = id.matches() ? Long.valueOf(id.group(1))
                    : address.startsWith("/") && !address.startsWith("//")
                            ? byLink.get(RedirectService.normalize(address.replaceFirst("\\?.*", ""))) : null;
            Known target = wpId == null ? null : known.get(wpId);
            return target != null && (target.type().equals("post") || target.type().equals("page")) ? Optional.of(wpId)
                    : Optional.empty();
        }

        /** {@code value} escaped for a double-quoted attribute. */
        private static String attribute(String value) {
            return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
        }

        private static String fragment(String href) {
            int hash = href.indexOf('#');
            return hash < 0 ? "" : href.substring(hash);
        }

        /** Once every post is in: Polylang's groups of translations become translation links between the imported items. */
        void linkTranslations() {
            for (Map.Entry<String, List<Long>> group : polylangGroups.entrySet()) {
                List<Long> ids = group.getValue().stream().map(wpId -> keys.find(source, "post", wpId))
                        .flatMap(Optional::stream).map(ImportKeys.Key::targetId).distinct().toList();
                if (ids.size() < 2) {
                    continue;
                }
                List<Long> refused = QuarkusTransaction.requiringNew().call(() -> content.linkImportedTranslations(ids));
                report.done(refused.isEmpty() ? "linked translations" : "linked translations in part");
                refused.forEach(id -> report.notes.add("Masthead item " + id + " is not linked to its Polylang translations ("
                        + group.getKey() + "): another item in its language is already linked to them"));
            }
        }

        /** Once every post is in: the links of those that named posts further down the export. */
        void relinkPending() {
            for (long[] pending : relinkLater) {
                QuarkusTransaction.requiringNew().run(() -> content.relinkImported(pending[0], (int) pending[1],
                        html -> relink(html, new boolean[1])));
            }
            relinkLater.clear();
        }

        private long create(ContentKind kind, ItemInput input, ContentService.Imported how, Item item) {
            return QuarkusTransaction.requiringNew().call(() -> {
                long created = content.importItem(kind, input, how);
                keys.put(source, "post", item.id(), created, item.modifiedGmt(), 1);
                return created;
            });
        }

        /**
         * A post of a digest category titled like "Weekly Digest – 193", with "++" entries, as a digest issue of its
         * series (made once per edition and title): its sections ("In English:"), entries with their outlet and link,
         * and the intro as summary. A number already used in the series leaves the post an article, and says so.
         */
        private Optional<ItemInput> digest(Item item, ItemInput article) {
            boolean digestCategory = item.terms("category").stream().anyMatch(t -> t.slug().contains("digest"));
            Matcher title = DIGEST_TITLE.matcher(item.title().strip());
            if (!digestCategory || !title.matches()) {
                return Optional.empty();
            }
            Optional<WordPressBody.Digest> parsed = WordPressBody.digest(item.content());
            if (parsed.isEmpty()) {
                report.notes.add(describe(item) + ": titled as a digest but has no \"++\" entries; imported as an article");
                return Optional.empty();
            }
            int number = Integer.parseInt(title.group(2));
            long series = series(title.group(1).strip(), article.language());
            if (ContentItem.count("seriesId = ?1 and issueNumber = ?2", series, number) > 0
                    && keys.find(source, "post", item.id()).isEmpty()) {
                report.notes.add(describe(item) + ": issue " + number + " of " + title.group(1).strip()
                        + " already exists; imported as an article");
                return Optional.empty();
            }
            List<DigestContent.Section> sections = new ArrayList<>();
            for (WordPressBody.DigestSection section : parsed.get().sections().stream().limit(20).toList()) {
                List<DigestContent.Entry> entries = new ArrayList<>();
                for (WordPressBody.DigestEntry entry : section.entries().stream().limit(100).toList()) {
                    Long target = null;
                    String url = entry.href();
                    if (url != null) {
                        Related link = related(new WordPressBody.AlsoRead(url, "link", null));
                        target = link == null ? null : link.itemId();
                        url = target != null || link == null ? null : link.url();
                    }
                    entries.add(new DigestContent.Entry(entry.text(), entry.outlet() == null ? null : WordPressBody.cut(entry.outlet(), 200),
                            target, url, entry.html() == null ? null
                                    : WordPressBody.cut(relink(WordPressBody.links(entry.html(), site, this::uploadAddress), new boolean[1]), 20_000)));
                }
                sections.add(new DigestContent.Section(section.heading() == null ? null : WordPressBody.cut(section.heading(), 200), entries));
            }
            LocalDate issued = date(item.dateGmt()).or(() -> date(item.date())).orElse(Instant.now(clock)).atZone(ZoneOffset.UTC).toLocalDate();
            String intro = WordPressBody.links(parsed.get().intro(), site, this::uploadAddress);
            return Optional.of(new ItemInput(null, article.title(), article.language(), article.slug(),
                    article.summary() != null ? article.summary() : blankToNull(intro.replaceAll("<[^>]+>", "").strip()), intro,
                    article.categoryId(), article.tags(), article.byline(), null, List.of(), null, null, null, article.featuredImageId(),
                    new DigestContent(series, number, issued, sections), null, null));
        }

        private long series(String title, String language) {
            return seriesIds.computeIfAbsent(language + "|" + title, k -> DigestSeries.<DigestSeries> find("language = ?1 and title = ?2",
                    language, title).firstResultOptional().map(s -> s.id).orElseGet(() -> QuarkusTransaction.requiringNew()
                            .call(() -> {
                                report.done("created series");
                                return seriesService.save(who, null, new SeriesInput(title, language, null)).id();
                            })));
        }

        /**
         * An entry of the site's (first) navigation menu, in the menu of its target's edition: a category, a page, or an
         * address (the old site's own addresses made paths, so they redirect). Its parent is the entry made for its
         * WordPress parent; entries of other menus are reported, not imported.
         */
        private void menuEntry(Item item) {
            String menu = item.terms("nav_menu").stream().map(Wxr.ItemTerm::slug).findFirst().orElse("");
            String menuEdition = menuOfEdition.entrySet().stream().filter(e -> e.getValue().equals(menu)).map(Map.Entry::getKey)
                    .findFirst().orElse(null);
            if (menuEdition == null) {
                return; // the survey named the menus left out
            }
            if (keys.find(source, "menu", item.id()).isPresent()) {
                report.done("unchanged menu entry");
                return;
            }
            Map<String, String> meta = item.meta();
            String type = meta.getOrDefault("_menu_item_type", "");
            long objectId = number(meta.get("_menu_item_object_id"));
            String label = item.title().strip();
            String language = Edition.ROOT;
            MenuEntryInput input;
            if (type.equals("taxonomy") && "category".equals(meta.get("_menu_item_object"))) {
                Term term = categoryTerms.values().stream().filter(t -> t.id() == objectId).findFirst().orElse(null);
                if (term == null) {
                    report.skipped.add("menu entry " + item.id() + ": its category " + objectId + " is not in the export");
                    return;
                }
                language = edition(term);
                label = label.isEmpty() ? term.name() : label;
                input = new MenuEntryInput(label, MenuTarget.CATEGORY, categoryId(term), null, null, null, parentEntry(meta), null);
            } else if (type.equals("post_type")) {
                Optional<ImportKeys.Key> target = keys.find(source, "post", objectId);
                if (target.isEmpty()) {
                    report.skipped.add("menu entry " + item.id() + ": " + meta.get("_menu_item_object") + " " + objectId + " was not imported");
                    return;
                }
                ContentItem page = ContentItem.findById(target.get().targetId());
                language = page.language;
                label = label.isEmpty() ? page.title : label;
                input = new MenuEntryInput(label, page.kind == ContentKind.PAGE ? MenuTarget.PAGE : MenuTarget.ITEM, null, page.id, null,
                        null, parentEntry(meta), null);
            } else {
                String url = meta.getOrDefault("_menu_item_url", "").strip();
                if (url.startsWith(site)) {
                    url = url.substring(site.length());
                    url = url.isEmpty() ? "/" : url;
                }
                input = new MenuEntryInput(label.isEmpty() ? url : label, MenuTarget.URL, null, null, null, url, parentEntry(meta), null);
            }
            if (!language.equals(menuEdition) && input.target() != MenuTarget.URL) {
                report.skipped.add("menu entry " + item.id() + " of the " + menuEdition + " menu “" + menu + "”: it leads to the "
                        + language + " edition");
                return;
            }
            String edition = menuEdition;
            MenuEntryInput entry = input;
            QuarkusTransaction.requiringNew().run(() -> {
                long id = menus.add(who, edition, entry).id();
                keys.put(source, "menu", item.id(), id, null, null);
            });
            report.done("created menu entry");
        }

        /** The edition most of a menu's entries lead to (its categories and posts; addresses count for none), else the root. */
        private String menuEdition(List<Map<String, String>> entries) {
            Map<String, Integer> votes = new HashMap<>();
            for (Map<String, String> meta : entries) {
                long objectId = number(meta.get("_menu_item_object_id"));
                String type = meta.getOrDefault("_menu_item_type", "");
                String edition = null;
                if (type.equals("taxonomy") && "category".equals(meta.get("_menu_item_object"))) {
                    edition = categoryTerms.values().stream().filter(t -> t.id() == objectId).findFirst().map(this::edition).orElse(null);
                } else if (type.equals("post_type")) {
                    edition = postLanguages.get(objectId);
                }
                if (edition != null) {
                    votes.merge(edition, 1, Integer::sum);
                }
            }
            return votes.entrySet().stream().max(Map.Entry.<String, Integer> comparingByValue()
                    .thenComparing(e -> Edition.isRoot(e.getKey()) ? 1 : 0)).map(Map.Entry::getKey).orElse(Edition.ROOT);
        }

        private Long parentEntry(Map<String, String> meta) {
            long parent = number(meta.get("_menu_item_menu_item_parent"));
            return parent == 0 ? null : keys.find(source, "menu", parent).map(ImportKeys.Key::targetId).orElse(null);
        }

        /** An "Also read" line: the imported item it names when there is one, else the link as it was. */
        private Related related(WordPressBody.AlsoRead line) {
            Long wpId = null;
            Matcher byId = Pattern.compile("[?&]p=(\\d+)").matcher(line.href());
            if (byId.find()) {
                wpId = Long.valueOf(byId.group(1));
            } else if (line.href().startsWith(site)) {
                wpId = byLink.get(RedirectService.normalize(pathOf(line.href())));
            }
            if (wpId != null) {
                Optional<ImportKeys.Key> key = keys.find(source, "post", wpId);
                if (key.isPresent()) {
                    return new Related(key.get().targetId(), null, null, null);
                }
            }
            if (!line.href().matches("(?i)https?://\\S+") || line.title().isBlank()) {
                return null;
            }
            return new Related(null, WordPressBody.cut(line.href(), 1000), WordPressBody.cut(line.title(), 300), line.teaser() == null ? null : WordPressBody.cut(line.teaser(), 500));
        }

        private void oldAddresses(Item item, long itemId) {
            String language = language(item);
            for (Wxr.ItemTerm tag : item.terms("post_tag")) {
                if (!tag.name().isBlank() && !tag.slug().isBlank()) {
                    String archive = PublicUrls.tag(language, SlugMaker.fromTitle(tag.name().strip()));
                    redirects.put("/tag/" + tag.slug(), null, archive, "wordpress");
                    redirects.put("/tag/" + tag.slug() + "/feed", null, PublicUrls.feed(language), "wordpress");
                }
            }
            String path = pathOf(item.link());
            if (path != null && !path.startsWith("/?")) {
                redirects.put(path, itemId, null, "wordpress");
            }
            redirects.put("?p=" + item.id(), itemId, null, "wordpress");
            if (item.type().equals("page")) {
                redirects.put("?page_id=" + item.id(), itemId, null, "wordpress");
            }
        }

        private void comments(Item item, long itemId) {
            // parents first, so that a reply finds what it answers
            for (Wxr.Comment c : item.comments().stream().sorted(Comparator.comparingLong(Wxr.Comment::id)).toList()) {
                String state = commentState(c);
                if (!state.equals("approved") && !state.equals("pending")) {
                    continue;
                }
                if (keys.find(source, "comment", c.id()).isPresent()) {
                    continue;
                }
                Long parent = c.parent() == 0 ? null : keys.find(source, "comment", c.parent()).map(ImportKeys.Key::targetId).orElse(null);
                long id = comments.importComment(itemId, parent, c.author().isBlank() ? "Anonymous" : c.author(), c.email(), c.content(),
                        state.equals("approved") ? CommentStatus.APPROVED : CommentStatus.PENDING,
                        date(c.dateGmt()).orElse(Instant.now(clock)), who.username());
                keys.put(source, "comment", c.id(), id, null, null);
                report.done("created comment " + state);
            }
        }

        /** The library copy of an attachment, made the first time anything needs it. */
        private Optional<Long> attachment(long wpId) {
            Optional<ImportKeys.Key> key = keys.find(source, "attachment", wpId);
            if (key.isPresent()) {
                return Optional.of(key.get().targetId());
            }
            Known a = known.get(wpId);
            if (a == null || !a.type().equals("attachment") || a.attachedFile().isEmpty() || !tried.add(wpId)) {
                return Optional.empty();
            }
            Path file = uploadsDir.map(dir -> dir.resolve(a.attachedFile()).normalize())
                    .filter(f -> f.startsWith(uploadsDir.get().normalize()) && Files.isRegularFile(f)).orElse(null);
            Path fetched = null;
            if (file == null && options.fetchMissing() && fetchable(a.url())) {
                try {
                    fetched = files.fetch(a.url(), siteHosts());
                    file = fetched;
                } catch (IOException e) {
                    report.missingFiles.add(a.attachedFile() + ": " + a.url() + " " + e.getMessage());
                    return Optional.empty();
                }
            }
            if (file == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(store(wpId, a, file));
            } catch (InvalidFieldsException e) {
                report.missingFiles.add(a.attachedFile() + ": " + e.errors().get(0).field() + " " + e.errors().get(0).message());
                return Optional.empty();
            } finally {
                if (fetched != null) {
                    OldFiles.delete(fetched);
                }
            }
        }

        private long store(long wpId, Known a, Path file) {
            String name = a.attachedFile().contains("/") ? a.attachedFile().substring(a.attachedFile().lastIndexOf('/') + 1)
                    : a.attachedFile();
            String[] captionCredit = WordPressBody.captionAndCredit(a.excerpt());
            String alt = a.alt();
            String altText = alt.isBlank() ? (captionCredit[0] != null ? captionCredit[0] : a.title()) : alt;
            UploadView upload = QuarkusTransaction.requiringNew().call(() -> {
                UploadView stored = uploads.store(who, file, name, altText, captionCredit[0], captionCredit[1]);
                keys.put(source, "attachment", wpId, stored.id(), null, null);
                redirects.put("/wp-content/uploads/" + a.attachedFile(), null, stored.url(), "wordpress");
                for (String size : a.sizes()) {
                    redirects.put("/wp-content/uploads/" + size, null, stored.url(), "wordpress");
                }
                String page = pathOf(a.link());
                if (page != null && !page.startsWith("/?")) {
                    redirects.put(page, null, stored.url(), "wordpress");
                }
                redirects.put("?attachment_id=" + wpId, null, stored.url(), "wordpress");
                return stored;
            });
            uploadUrls.put(upload.id(), upload.url());
            report.done("created upload");
            return upload.id();
        }

        /** The hosts the export says the old site lives on: the only ones missing files are fetched from. */
        private Set<String> siteHosts() {
            Set<String> hosts = new HashSet<>();
            for (String base : List.of(site)) {
                try {
                    String host = base == null || base.isBlank() ? null : URI.create(base).getHost();
                    if (host != null) {
                        hosts.add(host.toLowerCase(Locale.ROOT));
                    }
                } catch (IllegalArgumentException e) {
                    // not an address: no host to fetch from
                }
            }
            return hosts;
        }

        private static boolean fetchable(String url) {
            return url != null && url.matches("(?i)https?://[^\\s]+");
        }

        private Optional<String> uploadAddress(String oldPath) {
            Long wpId = attachmentByFile.get(oldPath);
            if (wpId == null) {
                return Optional.empty();
            }
            return attachment(wpId).map(id -> uploadUrls.computeIfAbsent(id, i -> uploads.get(i).url()));
        }

        private Long category(Item item, String language) {
            for (Wxr.ItemTerm term : item.terms("category")) {
                Term known = categoryTerms.get(term.slug());
                if (known != null && edition(known).equals(language)) {
                    return categoryId(known);
                }
            }
            return null;
        }

        private Long categoryId(Term term) {
            Long id = categoryIds.get(term.slug());
            if (id != null) {
                return id;
            }
            Term parent = term.parent().isBlank() ? null : categoryTerms.get(term.parent());
            Long parentId = parent == null || !edition(parent).equals(edition(term)) ? null : categoryId(parent);
            Optional<ImportKeys.Key> key = keys.find(source, "term", term.id());
            if (key.isPresent() && Category.findById(key.get().targetId()) != null) {
                id = key.get().targetId();
            } else {
                String language = edition(term);
                String slug = decode(term.slug());
                Optional<Category> existing = Category.find("language = ?1 and slug = ?2", language, slug).firstResultOptional();
                long made = existing.map(c -> c.id).orElseGet(() -> QuarkusTransaction.requiringNew().call(() -> {
                    long created = categories.create(who, new CategoryInput(term.name().isBlank() ? slug : term.name(), language,
                            slug.matches(SlugMaker.PATTERN) ? slug : null, parentId, null)).id();
                    report.done("created category");
                    return created;
                }));
                QuarkusTransaction.requiringNew().run(() -> {
                    keys.put(source, "term", term.id(), made, null, null);
                    redirects.put("/category/" + categoryPath(term), null, PublicUrls.category(language,
                            Category.<Category> findById(made).slug), "wordpress");
                    redirects.put("/category/" + categoryPath(term) + "/feed", null, PublicUrls.feed(language), "wordpress");
                });
                id = made;
            }
            categoryIds.put(term.slug(), id);
            return id;
        }

        private List<String> tags(Item item) {
            return item.terms("post_tag").stream().map(t -> t.name().strip()).filter(n -> !n.isEmpty()).distinct().limit(30).toList();
        }

        /** The edition of a post: that of the first of its categories in an edition other than the root one. */
        /** The edition Polylang gives {@code item}, if the site uses Polylang and the language is an edition here. */
        private Optional<String> polylangEdition(Item item) {
            return item.terms("language").stream().map(t -> polylangEditions.get(t.slug())).filter(e -> e != null).findFirst();
        }

        private String language(Item item) {
            Optional<String> polylang = polylangEdition(item);
            if (polylang.isPresent()) {
                return polylang.get();
            }
            for (Wxr.ItemTerm term : item.terms("category")) {
                Term known = categoryTerms.get(term.slug());
                String edition = known == null ? editionBySlug(term.slug()) : edition(known);
                if (!Edition.isRoot(edition)) {
                    return edition;
                }
            }
            return Edition.ROOT;
        }

        /** A category's edition: named on the command line, else its parent's, else guessed from its name. */
        private String edition(Term term) {
            for (Term t = term; t != null; t = t.parent().isBlank() ? null : categoryTerms.get(t.parent())) {
                String named = options.editionOfCategory().get(t.slug());
                if (named != null) {
                    return named;
                }
                String used = polylangCategories.get(t.slug());
                if (used != null) {
                    return used;
                }
                String guessed = EDITION_NAMES.get(t.slug());
                if (guessed != null) {
                    return guessed;
                }
                if (t.parent().equals(t.slug())) {
                    break;
                }
            }
            return Edition.ROOT;
        }

        private String editionBySlug(String slug) {
            return options.editionOfCategory().getOrDefault(slug, polylangCategories.getOrDefault(slug,
                    EDITION_NAMES.getOrDefault(slug, Edition.ROOT)));
        }

        private String categoryPath(Term term) {
            List<String> slugs = new ArrayList<>();
            for (Term t = term; t != null && slugs.size() < 20; t = t.parent().isBlank() ? null : categoryTerms.get(t.parent())) {
                slugs.add(0, t.slug());
            }
            return String.join("/", slugs);
        }

        private String pathOf(String link) {
            if (link == null || link.isBlank()) {
                return null;
            }
            try {
                URI uri = URI.create(link.strip());
                String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
                return uri.getRawQuery() != null && path.equals("/") ? "/?" + uri.getRawQuery() : path;
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        private String slug(Item item) {
            String decoded = decode(item.slug());
            if (decoded.isBlank()) {
                return null;
            }
            return decoded.matches(SlugMaker.PATTERN) ? decoded : SlugMaker.fromTitle(decoded);
        }

        private WorkflowStatus status(Item item) {
            if (!item.password().isEmpty()) {
                return WorkflowStatus.DRAFT;
            }
            return switch (item.status()) {
                case "publish" -> WorkflowStatus.PUBLISHED;
                case "future" -> date(item.dateGmt()).or(() -> date(item.date())).filter(at -> at.isAfter(Instant.now(clock)))
                        .map(at -> WorkflowStatus.SCHEDULED).orElse(WorkflowStatus.PUBLISHED);
                case "pending" -> WorkflowStatus.IN_REVIEW;
                default -> WorkflowStatus.DRAFT;
            };
        }

        private String describe(Item item) {
            String title = item.title().isBlank() ? "(untitled)" : item.title().strip();
            return item.type() + " " + item.id() + " “" + (title.length() > 80 ? title.substring(0, 80) + "…" : title) + "”";
        }
    }

    private static ItemInput withBody(ItemInput input, String body) {
        return new ItemInput(input.version(), input.title(), input.language(), input.slug(), input.summary(), body,
                input.categoryId(), input.tags(), input.byline(), input.sources(), input.related(), input.publishAt(),
                input.unpublishAt(), input.translationOf(), input.featuredImageId(), input.digest(), input.media(), input.publication());
    }

    private static ItemInput withSlug(ItemInput input, String slug) {
        return new ItemInput(input.version(), input.title(), input.language(), slug, input.summary(), input.body(),
                input.categoryId(), input.tags(), input.byline(), input.sources(), input.related(), input.publishAt(),
                input.unpublishAt(), input.translationOf(), input.featuredImageId(), input.digest(), input.media(), input.publication());
    }

    private static long number(String text) {
        return text != null && text.strip().matches("\\d{1,18}") ? Long.parseLong(text.strip()) : 0;
    }

    private static String commentState(Wxr.Comment c) {
        if (!c.type().isBlank() && !c.type().equals("comment")) {
            return c.type();
        }
        return switch (c.approved()) {
            case "1" -> "approved";
            case "0" -> "pending";
            default -> c.approved().isBlank() ? "pending" : c.approved();
        };
    }

    private static Optional<Instant> date(String text) {
        if (text == null || text.isBlank() || text.startsWith("0000")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(text.strip(), WP_DATE).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String decode(String slug) {
        return RedirectService.normalize("/" + (slug == null ? "" : slug)).substring(1);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String reason(RuntimeException e) {
        if (e instanceof InvalidFieldsException invalid && !invalid.errors().isEmpty()) {
            return invalid.errors().get(0).field() + " " + invalid.errors().get(0).message();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
