package org.masthead.web.desk.item;

import static org.masthead.web.desk.item.AlsoReadForm.at;
import static org.masthead.web.desk.item.AlsoReadForm.swap;
import static org.masthead.web.desk.FormErrors.number;
import static org.masthead.shared.Text.blankToNull;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import org.jboss.resteasy.reactive.RestForm;
import org.masthead.content.DigestContent;

/**
 * The digest composer's fields exactly as typed: series, issue number and date, and the ordered
 * sections with their ordered entries. Entries travel as parallel form fields, each naming the
 * section it belongs to, so that the composer works as a plain form.
 */
public class DigestForm {

    /** Present when the composer was on the page; without it a save keeps the digest's fields as they are. */
    @RestForm public String digestOnPage;
    @RestForm public String digestSeriesId;
    @RestForm public String digestNumber;
    @RestForm public String digestIssueDate;
    @RestForm public List<String> sectionHeading = new ArrayList<>();
    @RestForm public List<String> entrySection = new ArrayList<>();
    @RestForm public List<String> entryText = new ArrayList<>();
    @RestForm public List<String> entryOutlet = new ArrayList<>();
    @RestForm public List<String> entryItemId = new ArrayList<>();
    @RestForm public List<String> entryUrl = new ArrayList<>();
    @RestForm public List<String> entryBody = new ArrayList<>();
    /** The section the week picker adds to (its index), the last one if none. */
    @RestForm public String pickSection;

    private List<Section> sections;

    /** One entry as typed; {@code body} is its optional rich text (HTML), for entries of several paragraphs. */
    public record Entry(int section, int index, String text, String outlet, String itemId, String url, String body) {
        boolean blank() {
            return blankToNull(text) == null && blankToNull(outlet) == null && blankToNull(itemId) == null
                    && blankToNull(url) == null && blankToNull(body) == null;
        }

        /** The error key of one of its fields: {@code digest.sections[1].items[0].text}. */
        public String field(String name) {
            return "digest.sections[" + section + "].items[" + index + "]." + name;
        }

        Entry at(int section, int index) {
            return new Entry(section, index, text, outlet, itemId, url, body);
        }
    }

    public record Section(int index, String heading, List<Entry> entries) {
        public String field(String name) {
            return "digest.sections[" + index + "]." + name;
        }

        public boolean last(int entry) {
            return entry == entries.size() - 1;
        }
    }

    /** A new digest starts with one unnamed section holding one empty entry. */
    public static DigestForm empty() {
        DigestForm form = new DigestForm();
        form.digestOnPage = "1";
        form.sections = new ArrayList<>(List.of(new Section(0, "", List.of(new Entry(0, 0, "", "", "", "", "")))));
        return form;
    }

    public static DigestForm of(DigestContent digest) {
        DigestForm form = new DigestForm();
        form.digestOnPage = "1";
        form.digestSeriesId = digest.seriesId() == null ? null : digest.seriesId().toString();
        form.digestNumber = digest.number() == null ? null : digest.number().toString();
        form.digestIssueDate = digest.issueDate() == null ? null : digest.issueDate().toString();
        List<Section> sections = new ArrayList<>();
        for (DigestContent.Section s : digest.sections()) {
            List<Entry> entries = new ArrayList<>();
            for (DigestContent.Entry e : s.items()) {
                entries.add(new Entry(sections.size(), entries.size(), e.text(), e.outlet(),
                        e.itemId() == null ? "" : e.itemId().toString(), e.url(), e.body()));
            }
            sections.add(new Section(sections.size(), s.heading(), entries));
        }
        form.sections = sections;
        return form;
    }

    public boolean onPage() {
        return digestOnPage != null;
    }

    /** The sections in order, each with its entries in order. */
    public List<Section> getSections() {
        if (sections == null) {
            List<List<Entry>> entries = new ArrayList<>();
            sectionHeading.forEach(heading -> entries.add(new ArrayList<>()));
            for (int i = 0; i < entryText.size(); i++) {
                int section = AlsoReadForm.parse(at(entrySection, i));
                if (section < 0 || section >= entries.size()) {
                    if (entries.isEmpty()) {
                        sectionHeading.add("");
                        entries.add(new ArrayList<>());
                    }
                    section = entries.size() - 1;
                }
                entries.get(section).add(new Entry(section, 0, at(entryText, i), at(entryOutlet, i), at(entryItemId, i),
                        at(entryUrl, i), at(entryBody, i)));
            }
            List<Section> parsed = new ArrayList<>();
            for (int s = 0; s < entries.size(); s++) {
                parsed.add(new Section(s, at(sectionHeading, s), entries.get(s)));
            }
            sections = renumber(parsed);
        }
        return sections;
    }

    /** The digest fields for the content service, with whatever could not be parsed in {@code errors}. */
    public DigestContent toContent(Map<String, String> errors) {
        // Empty lines go first, so that the n-th entry the service checks is the n-th one shown.
        sections = renumber(getSections().stream().map(s -> new Section(s.index(), s.heading(),
                s.entries().stream().filter(e -> !e.blank()).toList())).toList());
        List<DigestContent.Section> content = new ArrayList<>();
        for (Section s : sections) {
            List<DigestContent.Entry> entries = new ArrayList<>();
            for (Entry e : s.entries()) {
                Long itemId = null;
                if (blankToNull(e.itemId()) != null) {
                    try {
                        itemId = Long.valueOf(e.itemId().strip());
                    } catch (NumberFormatException x) {
                        errors.put(e.field("itemId"), "must be an item id");
                    }
                }
                entries.add(new DigestContent.Entry(e.text() == null ? "" : e.text().strip(), blankToNull(e.outlet()), itemId,
                        blankToNull(e.url()), blankToNull(e.body())));
            }
            content.add(new DigestContent.Section(blankToNull(s.heading()), entries));
        }
        Long number = number("digest.number", digestNumber, errors);
        if (number != null && number > Integer.MAX_VALUE) {
            errors.put("digest.number", "is too large");
            number = null;
        }
        return new DigestContent(number("digest.seriesId", digestSeriesId, errors), number == null ? null : number.intValue(),
                date(errors), content);
    }

    /** Applies one composer button; answers false if {@code op} is not the composer's. */
    public boolean apply(String op, String argument, LongFunction<String> titles) {
        List<Section> list = new ArrayList<>(getSections().stream()
                .map(s -> new Section(s.index(), s.heading(), new ArrayList<>(s.entries()))).toList());
        int s = AlsoReadForm.parse(argument == null ? null : argument.replaceAll("\\..*", ""));
        int e = argument != null && argument.contains(".") ? AlsoReadForm.parse(argument.replaceAll(".*\\.", "")) : -1;
        boolean validSection = s >= 0 && s < list.size();
        switch (op) {
            case "section-add" -> list.add(new Section(list.size(), "", new ArrayList<>(List.of(new Entry(0, 0, "", "", "", "", "")))));
            case "section-up" -> swap(list, s, s - 1);
            case "section-down" -> swap(list, s, s + 1);
            case "section-remove" -> {
                if (validSection) {
                    list.remove(s);
                }
            }
            case "entry-add" -> {
                if (validSection) {
                    list.get(s).entries().add(new Entry(s, 0, "", "", "", "", ""));
                }
            }
            case "entry-up", "entry-down", "entry-remove" -> {
                if (validSection) {
                    List<Entry> entries = list.get(s).entries();
                    if (op.equals("entry-remove")) {
                        if (e >= 0 && e < entries.size()) {
                            entries.remove(e);
                        }
                    } else {
                        swap(entries, e, op.equals("entry-up") ? e - 1 : e + 1);
                    }
                }
            }
            case "pick" -> {
                if (argument == null || !argument.matches("\\d{1,18}")) {
                    return true;
                }
                if (list.isEmpty()) {
                    list.add(new Section(0, "", new ArrayList<>()));
                }
                int target = AlsoReadForm.parse(pickSection);
                List<Entry> entries = list.get(target >= 0 && target < list.size() ? target : list.size() - 1).entries();
                // The picked item replaces an empty line left for it, or comes after the others.
                entries.removeIf(Entry::blank);
                String title = titles.apply(Long.parseLong(argument));
                entries.add(new Entry(0, 0, title == null ? "" : title, "", argument, "", ""));
            }
            case "week" -> {
                return true;
            }
            default -> {
                return false;
            }
        }
        sections = renumber(list);
        return true;
    }

    /** The ids of the items the entries link to, for showing their titles. */
    public List<Long> linkedItemIds() {
        List<Long> ids = new ArrayList<>();
        getSections().forEach(s -> s.entries().forEach(e -> {
            if (e.itemId() != null && e.itemId().strip().matches("\\d{1,18}")) {
                ids.add(Long.valueOf(e.itemId().strip()));
            }
        }));
        return ids;
    }

    public LocalDate issueDate() {
        try {
            return blankToNull(digestIssueDate) == null ? null : LocalDate.parse(digestIssueDate.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private LocalDate date(Map<String, String> errors) {
        LocalDate date = issueDate();
        if (date == null && blankToNull(digestIssueDate) != null) {
            errors.put("digest.issueDate", "must be a date like 2017-06-11");
        }
        return date;
    }

    private static List<Section> renumber(List<Section> list) {
        List<Section> numbered = new ArrayList<>();
        for (int s = 0; s < list.size(); s++) {
            List<Entry> entries = new ArrayList<>();
            for (int e = 0; e < list.get(s).entries().size(); e++) {
                entries.add(list.get(s).entries().get(e).at(s, e));
            }
            numbered.add(new Section(s, list.get(s).heading(), entries));
        }
        return numbered;
    }
}
