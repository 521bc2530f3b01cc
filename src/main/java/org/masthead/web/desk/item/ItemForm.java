package org.masthead.web.desk.item;

import static org.masthead.web.desk.FormErrors.number;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;
import org.masthead.content.Byline;
import org.masthead.content.ItemInput;
import org.masthead.content.ItemView;
import org.masthead.content.Source;

import jakarta.ws.rs.BeanParam;

/**
 * The item editor's fields exactly as typed, so that a refused save can show them again. Dates
 * and times are in the site's time zone.
 */
public class ItemForm {

    @RestForm public String version;
    @RestForm public String title;
    @RestForm public String language;
    @RestForm public String slug;
    @RestForm public String summary;
    @RestForm public String body;
    @RestForm public String categoryId;
    @RestForm public String tags;
    @RestForm public String bylineAuthor;
    @RestForm public String bylineOutlet;
    // Sources travel as parallel fields, one row each; a row left blank is dropped.
    @RestForm public List<String> sourceOutlet = new ArrayList<>();
    @RestForm public List<String> sourceUrl = new ArrayList<>();
    @RestForm public List<String> sourceDate = new ArrayList<>();
    @RestForm public String publishAt;
    @RestForm public String unpublishAt;
    @RestForm public String translationOf;
    // Uploads and the kind's own fields (see UploadFields); absent fields keep what the item has.
    @RestForm public String featuredImageId;
    @RestForm public String mediaType;
    @RestForm public List<String> mediaImageIds;
    @RestForm public List<String> mediaImagePositions;
    @RestForm public List<String> mediaImageRemove;
    @RestForm public List<String> mediaImageAdd;
    @RestForm public String videoUrl;
    @RestForm public String publicationType;
    @RestForm public String coverImageId;
    @RestForm public String pdfId;
    @RestForm public String publicationIssue;
    @RestForm public String isbn;
    /** The field just filled in from the library's pick page, not saved yet. */
    public String picked;
    /** A button that changes the form instead of saving it, e.g. {@code related-up:2} (see the editor's tags). */
    @RestForm public String op;
    @BeanParam public AlsoReadForm alsoRead = new AlsoReadForm();
    @BeanParam public DigestForm digest = new DigestForm();

    /** A blank form for a new item. */
    public static ItemForm empty(String language) {
        ItemForm form = new ItemForm();
        form.language = language;
        return form;
    }

    /** The form showing an item's working copy. */
    public static ItemForm of(ItemView item, ZoneId zone) {
        ItemForm form = new ItemForm();
        form.version = Long.toString(item.version());
        form.title = item.title();
        form.language = item.language();
        form.slug = item.slug();
        form.summary = item.summary();
        form.body = item.body();
        form.categoryId = item.categoryId() == null ? "" : item.categoryId().toString();
        form.tags = String.join(", ", item.tags());
        form.bylineAuthor = item.byline() == null ? null : item.byline().author();
        form.bylineOutlet = item.byline() == null ? null : item.byline().outlet();
        for (Source source : item.sources() == null ? List.<Source> of() : item.sources()) {
            form.sourceOutlet.add(source.outlet());
            form.sourceUrl.add(source.url());
            form.sourceDate.add(source.date() == null ? "" : source.date().toString());
        }
        form.publishAt = local(item.publishAt(), zone);
        form.unpublishAt = local(item.unpublishAt(), zone);
        UploadFields.fill(form, item);
        form.alsoRead = AlsoReadForm.of(item.related());
        form.digest = item.digest() == null ? new DigestForm() : DigestForm.of(item.digest());
        return form;
    }

    /** The input for the content service, with whatever could not even be parsed in {@code errors}. */
    public ItemInput toInput(ZoneId zone, Map<String, String> errors, ItemView current) {
        Byline byline = blank(bylineAuthor) && blank(bylineOutlet) ? null : new Byline(trim(bylineAuthor), trim(bylineOutlet));
        List<Source> sources = sources(errors);
        List<String> tagList = blank(tags) ? List.of()
                : Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        return new ItemInput(number("version", version, errors), trim(title), trim(language), trim(slug), summary, body,
                number("categoryId", categoryId, errors), new ArrayList<>(tagList), byline, sources,
                alsoRead.onPage() ? alsoRead.toRelated(errors) : current == null ? List.of() : current.related(),
                instant("publishAt", publishAt, zone, errors), instant("unpublishAt", unpublishAt, zone, errors),
                number("translationOf", translationOf, errors),
                // Fields this form does not edit keep what the item has.
                UploadFields.featuredImage(this, errors, current),
                digest.onPage() ? digest.toContent(errors) : current == null ? null : current.digest(),
                UploadFields.media(this, errors, current), UploadFields.publication(this, errors, current));
    }

    /** One source as the form shows it; {@code index} is its position, 0-based, as errors name it. */
    public record SourceRow(int index, String outlet, String url, String date) {
        /** The error key of one of its fields: {@code sources[1].url}. */
        public String field(String name) {
            return "sources[" + index + "]." + name;
        }

        /** The element id of one of its inputs, unique on the page: {@code sourceUrl-1}. */
        public String id(String name) {
            return name + "-" + index;
        }

        /** A field's label naming the row when there are several: "URL 2". */
        public String label(String name) {
            return name + " " + (index + 1);
        }
    }

    /** The sources typed so far, then one blank row to add another. */
    public List<SourceRow> sourceRows() {
        List<SourceRow> rows = new ArrayList<>(typedSources());
        rows.add(new SourceRow(rows.size(), "", "", ""));
        return rows;
    }

    private List<SourceRow> typedSources() {
        int size = Math.max(sourceOutlet.size(), Math.max(sourceUrl.size(), sourceDate.size()));
        List<SourceRow> rows = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String outlet = at(sourceOutlet, i);
            String url = at(sourceUrl, i);
            String date = at(sourceDate, i);
            if (!blank(outlet) || !blank(url) || !blank(date)) {
                rows.add(new SourceRow(rows.size(), outlet, url, date));
            }
        }
        return rows;
    }

    private List<Source> sources(Map<String, String> errors) {
        // Blank rows are dropped first, so that the n-th source the service checks is the n-th row shown again.
        List<SourceRow> rows = typedSources();
        sourceOutlet = new ArrayList<>(rows.stream().map(SourceRow::outlet).toList());
        sourceUrl = new ArrayList<>(rows.stream().map(SourceRow::url).toList());
        sourceDate = new ArrayList<>(rows.stream().map(SourceRow::date).toList());
        return new ArrayList<>(rows.stream().map(row -> new Source(trim(row.outlet()), trim(row.url()),
                date(row.field("date"), row.date(), errors))).toList());
    }

    private static String at(List<String> values, int index) {
        return index < values.size() && values.get(index) != null ? values.get(index) : "";
    }

    public boolean hasOp() {
        return op != null && !op.isBlank();
    }

    public boolean isOp(String name) {
        return hasOp() && (op.equals(name) || op.startsWith(name + ":"));
    }

    public static Map<String, String> newErrors() {
        return new LinkedHashMap<>();
    }

    private static String local(Instant instant, ZoneId zone) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone).withSecond(0).withNano(0).toString();
    }

    private static LocalDate date(String field, String value, Map<String, String> errors) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "must be a date like 2017-06-11");
            return null;
        }
    }

    private static Instant instant(String field, String value, ZoneId zone, Map<String, String> errors) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            errors.put(field, "must be a date and time like 2031-06-11T07:00");
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trim(String value) {
        return value == null ? null : value.strip();
    }
}
