package org.masthead.redirect;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URLDecoder;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.masthead.content.ContentItem;
import org.masthead.security.Roles;
import org.masthead.security.StaffMember;
import org.masthead.shared.FieldError;
import org.masthead.shared.InvalidFieldsException;
import org.masthead.shared.NotFoundException;
import org.masthead.shared.ContentKind;
import org.masthead.shared.PublicUrls;
import org.masthead.taxonomy.DigestSeries;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Old addresses that answer 301 (a WordPress site's permalinks, ?p=ID links, archives and upload URLs): looked up
 * when a reader asks for an address nothing else answers, counted, and pointed at the item's address of today.
 */
@ApplicationScoped
public class RedirectService {

    /** The query-string addresses WordPress answers on its home page: ?p=12, ?page_id=7, ?attachment_id=9. */
    private static final Pattern QUERY_ID = Pattern.compile("(?:^|&)(p|page_id|attachment_id)=(\\d{1,18})(?:&|$)");

    /** A later page of a WordPress archive: "/category/news/page/3", "/tag/river/page/2". */
    private static final Pattern ARCHIVE_PAGE = Pattern.compile("^(/.+)/page/\\d{1,6}$");

    private final Clock clock;

    RedirectService(Clock clock) {
        this.clock = clock;
    }

    /** The form addresses are stored and looked up in: decoded, no trailing slash ("/" itself stays). */
    public static String normalize(String path) {
        String decoded = path;
        if (path.indexOf('%') >= 0) {
            try {
                decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                decoded = path;
            }
        }
        while (decoded.length() > 1 && decoded.endsWith("/")) {
            decoded = decoded.substring(0, decoded.length() - 1);
        }
        return decoded.length() > 700 ? decoded.substring(0, 700) : decoded;
    }

    /** The key of a query-string address ("?p=12"), if {@code query} is one WordPress answers. */
    public static Optional<String> queryKey(String query) {
        if (query == null || query.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = QUERY_ID.matcher(query);
        return m.find() ? Optional.of("?" + m.group(1).toLowerCase(Locale.ROOT) + "=" + m.group(2)) : Optional.empty();
    }

    /** Where an old address leads now, if it is known and its item is live; counts the hit. */
    @Transactional
    public Optional<String> resolve(String key) {
        Optional<Redirect> found = Redirect.byPath(key);
        Matcher paged = ARCHIVE_PAGE.matcher(key);
        if (found.isEmpty() && paged.matches()) {
            found = Redirect.byPath(paged.group(1)); // /category/news/page/3 → where /category/news leads
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Redirect redirect = found.get();
        Optional<String> to = redirect.itemId == null ? Optional.ofNullable(redirect.target) : liveAddress(redirect.itemId);
        if (to.isPresent()) {
            Redirect.update("hits = hits + 1 where id = ?1", redirect.id);
        }
        return to;
    }

    /**
     * Where the link {@code href} (a path on this site, "/?p=12" or "?p=12", with its fragment) leads now when it is an
     * old address a redirect answers, without counting a hit; empty for any other link.
     */
    @Transactional
    public Optional<String> newAddress(String href) {
        if (href == null || !(href.startsWith("/") && !href.startsWith("//") || href.startsWith("?"))) {
            return Optional.empty();
        }
        int hash = href.indexOf('#');
        String fragment = hash < 0 ? "" : href.substring(hash);
        String address = hash < 0 ? href : href.substring(0, hash);
        int question = address.indexOf('?');
        String path = question < 0 ? address : address.substring(0, question);
        Optional<String> key = path.isEmpty() || path.equals("/") ? queryKey(question < 0 ? "" : address.substring(question + 1))
                : Optional.of(normalize(path));
        return key.flatMap(Redirect::byPath)
                .flatMap(r -> r.itemId == null ? Optional.ofNullable(r.target) : liveAddress(r.itemId))
                .map(to -> to + fragment);
    }

    /** Where readers find item {@code itemId} now, if it is live. */
    @Transactional
    public Optional<String> itemAddress(long itemId) {
        return liveAddress(itemId);
    }

    /** Makes {@code path} (normalized here) answer with the item or the address; an existing one is repointed. */
    @Transactional
    public void put(String path, Long itemId, String target, String origin) {
        String key = key(path);
        if (key.equals("/") || key.isEmpty()) {
            return;
        }
        Redirect redirect = Redirect.byPath(key).orElseGet(() -> {
            Redirect fresh = new Redirect();
            fresh.path = key;
            fresh.createdAt = Instant.now(clock);
            return fresh;
        });
        redirect.itemId = itemId;
        redirect.target = itemId == null ? target : null;
        redirect.origin = origin;
        redirect.persist();
    }

    /** A redirect as the desk lists it: where it leads now ({@code to}), or null when its item is not live. */
    public record RedirectView(long id, String path, Long itemId, String to, String origin, long hits) {
    }

    /** An address nothing answered, how often, and when last. */
    public record Miss(String path, long hits, Instant lastSeen) {
    }

    @Transactional
    public List<RedirectView> list(int limit) {
        return list(null, limit);
    }

    /** The redirects whose old address or fixed target contains {@code query} (all when blank), most used first. */
    @Transactional
    public List<RedirectView> list(String query, int limit) {
        String q = query == null ? "" : query.strip();
        var found = q.isEmpty() ? Redirect.<Redirect> find("order by hits desc, path")
                : Redirect.<Redirect> find("path like ?1 or target like ?1 order by hits desc, path", like(q));
        return found.page(0, limit).list().stream().map(this::view).toList();
    }

    /** How many redirects there are. */
    @Transactional
    public long count() {
        return Redirect.count();
    }

    /** How many redirects {@link #list(String, int)} finds for {@code query}. */
    @Transactional
    public long count(String query) {
        String q = query == null ? "" : query.strip();
        return q.isEmpty() ? Redirect.count() : Redirect.count("path like ?1 or target like ?1", like(q));
    }

    private static String like(String q) {
        return "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private RedirectView view(Redirect r) {
        return new RedirectView(r.id, r.path, r.itemId, r.itemId == null ? r.target : liveAddress(r.itemId).orElse(null), r.origin,
                r.hits);
    }

    /**
     * Makes {@code path} (a path on this site, or "?p=12") answer 301 with {@code target}, a path on this site or an
     * http(s) address; admins only.
     */
    @Transactional
    public void add(StaffMember who, String path, String target) {
        who.require(Roles.ADMIN, "Managing redirects");
        List<FieldError> errors = new ArrayList<>();
        check(path, target, "", errors);
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        put(path.strip(), null, target.strip(), "desk");
    }

    /** The redirect {@code id} as its edit form starts: its address and where it leads now. */
    @Transactional
    public RedirectView get(long id) {
        Redirect r = Redirect.<Redirect> findByIdOptional(id).orElseThrow(() -> new NotFoundException("No redirect has id " + id + "."));
        return view(r);
    }

    /**
     * Changes redirect {@code id}: its old address and where it leads. A redirect to an item keeps following the
     * item while its target is left as the item's address; any other target makes it a fixed address.
     */
    @Transactional
    public void update(StaffMember who, long id, String path, String target) {
        who.require(Roles.ADMIN, "Managing redirects");
        Redirect redirect = Redirect.<Redirect> findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("No redirect has id " + id + "."));
        List<FieldError> errors = new ArrayList<>();
        check(path, target, "", errors);
        String key = errors.isEmpty() ? key(path.strip()) : null;
        if (key != null && Redirect.byPath(key).filter(other -> !other.id.equals(redirect.id)).isPresent()) {
            errors.add(new FieldError("path", "another redirect already answers " + key));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        String to = target.strip();
        boolean followsItem = redirect.itemId != null && liveAddress(redirect.itemId).filter(to::equals).isPresent();
        redirect.path = key;
        redirect.itemId = followsItem ? redirect.itemId : null;
        redirect.target = followsItem ? null : to;
        redirect.origin = "desk";
    }

    /** What a CSV import did: redirects made and redirects repointed. */
    public record CsvResult(int created, int updated) {
    }

    /**
     * Reads redirects from CSV (RFC 4180, UTF-8): an old address and where it leads on each row, an optional header row
     * ({@code old_address,leads_to,…}), extra columns ignored; an {@code item_id} column, as the export writes it,
     * keeps a redirect following its item. Every row is checked first: one bad row and nothing is saved, each bad row
     * named by its line.
     */
    @Transactional
    @TransactionConfiguration(timeout = 600)
    public CsvResult importCsv(StaffMember who, Reader csv) {
        who.require(Roles.ADMIN, "Managing redirects");
        List<FieldError> errors = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true).get().parse(csv)) {
            int itemColumn = -1;
            for (CSVRecord record : parser) {
                String line = "line " + record.getRecordNumber();
                if (record.getRecordNumber() == 1 && record.get(0).equalsIgnoreCase("old_address")) {
                    for (int i = 0; i < record.size(); i++) {
                        itemColumn = record.get(i).equalsIgnoreCase("item_id") ? i : itemColumn;
                    }
                    continue;
                }
                if (rows.size() >= MAX_CSV_ROWS) {
                    errors.add(new FieldError("file", "has more than " + MAX_CSV_ROWS + " redirects; split it"));
                    break;
                }
                if (record.size() < 2) {
                    errors.add(new FieldError(line, "needs an old address and where it leads, separated by a comma"));
                    continue;
                }
                String item = itemColumn >= 0 && itemColumn < record.size() ? record.get(itemColumn) : "";
                if (!item.isEmpty() && (!item.matches("\\d{1,18}") || ContentItem.findById(Long.valueOf(item)) == null)) {
                    errors.add(new FieldError(line + ".item_id", "no item has id " + item));
                    continue;
                }
                int before = errors.size();
                check(record.get(0), item.isEmpty() ? record.get(1) : "/", line + ".", errors);
                if (errors.size() == before) {
                    rows.add(new String[] { record.get(0), record.get(1), item });
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new InvalidFieldsException(List.of(new FieldError("file", "is not readable as CSV: " + e.getMessage())));
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(new FieldError("file", "holds no redirects"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors.size() > 50 ? errors.subList(0, 50) : errors);
        }
        int created = 0;
        Instant now = Instant.now(clock);
        var em = Redirect.getEntityManager();
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            String key = key(row[0].strip());
            Redirect redirect = Redirect.byPath(key).orElse(null);
            if (redirect == null) {
                redirect = new Redirect();
                redirect.path = key;
                redirect.createdAt = now;
                created++;
            }
            redirect.itemId = row[2].isEmpty() ? null : Long.valueOf(row[2]);
            redirect.target = redirect.itemId == null ? row[1].strip() : null;
            redirect.origin = "csv";
            redirect.persist();
            if (i % 500 == 499) {
                // a long file stays a sequence of small flushes, not one growing persistence context
                em.flush();
                em.clear();
            }
        }
        return new CsvResult(created, rows.size() - created);
    }

    /** Writes every redirect as CSV, by old address: {@code old_address,leads_to,item_id,origin,hits}. */
    @Transactional
    public void exportCsv(StaffMember who, Writer out) throws IOException {
        who.require(Roles.ADMIN, "Managing redirects");
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader("old_address", "leads_to", "item_id", "origin", "hits").get()
                .print(out)) {
            long after = -1;
            List<Redirect> page;
            do {
                page = Redirect.<Redirect> find("id > ?1 order by id", after).page(0, 1000).list();
                for (Redirect r : page) {
                    printer.printRecord(r.path, r.itemId == null ? r.target : liveAddress(r.itemId).orElse(""),
                            r.itemId == null ? "" : r.itemId, r.origin, r.hits);
                    after = r.id;
                }
                Redirect.getEntityManager().clear();
            } while (page.size() == 1000);
        }
    }

    private static final int MAX_CSV_ROWS = 50_000;

    private static String key(String path) {
        return path.startsWith("?") ? path : normalize(path);
    }

    /** An old address on this site and a target readers can be sent to; each problem named under {@code prefix}. */
    private static void check(String path, String target, String prefix, List<FieldError> errors) {
        String from = path == null ? "" : path.strip();
        String to = target == null ? "" : target.strip();
        if (!(from.startsWith("/") || queryKey(from.startsWith("?") ? from.substring(1) : "").isPresent()) || from.equals("/")
                || from.length() > 700 || from.startsWith("/admin") || from.startsWith("/api") || from.startsWith("/q/")) {
            errors.add(new FieldError(prefix + "path", "give an old address on this site, e.g. /2017/06/old-post/ or ?p=123"));
        }
        if (!(to.startsWith("/") && !to.startsWith("//") || to.matches("(?i)https?://[^/\\s].*")) || to.length() > 2000
                || !to.matches("[^\\s\"<>\\\\\\p{Cntrl}]+")) {
            errors.add(new FieldError(prefix + "target", "give a path on this site (/articles/…) or an http(s) address"));
        }
    }

    @Transactional
    public void delete(StaffMember who, long id) {
        who.require(Roles.ADMIN, "Managing redirects");
        if (Redirect.deleteById(id)) {
            return;
        }
        throw new NotFoundException("No redirect has id " + id + ".");
    }

    /** Counts a request nothing answered (bounded: addresses longer than a path may be are not kept). */
    @Transactional
    public void missed(String path) {
        String key = normalize(path);
        if (key.length() >= 700) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now(clock));
        Redirect.getEntityManager().createNativeQuery("INSERT INTO not_found_log (path, hits, first_seen, last_seen) VALUES (?1, 1, ?2, ?2)"
                + " ON DUPLICATE KEY UPDATE hits = hits + 1, last_seen = VALUES(last_seen)").setParameter(1, key).setParameter(2, now)
                .executeUpdate();
    }

    /** The addresses nothing answered, most requested first, that no redirect answers yet. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Miss> misses(int limit) {
        List<Object[]> rows = Redirect.getEntityManager().createNativeQuery("SELECT n.path, n.hits, n.last_seen FROM not_found_log n"
                + " WHERE NOT EXISTS (SELECT 1 FROM redirect r WHERE r.path = n.path) ORDER BY n.hits DESC, n.last_seen DESC LIMIT "
                + Math.max(1, Math.min(limit, 500))).getResultList();
        return rows.stream().map(r -> new Miss((String) r[0], ((Number) r[1]).longValue(), toInstant(r[2]))).toList();
    }

    @Scheduled(every = "1h", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void forgetOldMisses() {
        Redirect.getEntityManager().createNativeQuery("DELETE FROM not_found_log WHERE last_seen < ?1")
                .setParameter(1, Timestamp.from(Instant.now(clock).minus(Duration.ofDays(90)))).executeUpdate();
    }

    private static Instant toInstant(Object value) {
        return value instanceof Timestamp t ? t.toInstant() : value instanceof java.time.LocalDateTime l
                ? l.toInstant(java.time.ZoneOffset.UTC) : null;
    }

    private Optional<String> liveAddress(long itemId) {
        return ContentItem.<ContentItem> findByIdOptional(itemId).filter(item -> item.isLiveAt(Instant.now(clock))).flatMap(item -> {
            if (item.kind != ContentKind.DIGEST) {
                return Optional.of(PublicUrls.item(item.kind, item.language, item.liveSlug));
            }
            return Optional.ofNullable(item.seriesId == null ? null : DigestSeries.<DigestSeries> findById(item.seriesId))
                    .map(series -> PublicUrls.digest(item.language, series.slug, item.issueNumber));
        });
    }
}
