package org.masthead.web.desk.item;

import static org.masthead.shared.Text.blankToNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;
import org.masthead.content.Related;

/**
 * The editor's "Also read" list exactly as typed: one row per entry, in order, each either an
 * internal item (its id) or an external link (URL, title, teaser). Rows travel as parallel form
 * fields, so every row carries all four, empty where unused.
 */
public class AlsoReadForm {

    /** Present when the list was on the page; a form without it leaves the item's list as it is. */
    @RestForm public String relatedOnPage;
    @RestForm public List<String> relatedItemId = new ArrayList<>();
    @RestForm public List<String> relatedUrl = new ArrayList<>();
    @RestForm public List<String> relatedTitle = new ArrayList<>();
    @RestForm public List<String> relatedTeaser = new ArrayList<>();
    /** Title, slug or id of an item to add (the search that works without JavaScript). */
    @RestForm public String relatedQuery;
    @RestForm public String newLinkUrl;
    @RestForm public String newLinkTitle;
    @RestForm public String newLinkTeaser;

    /** One entry as the form shows it; {@code index} is its position, 0-based, as errors name it. */
    public record Row(int index, String itemId, String url, String title, String teaser) {
        public boolean internal() {
            return itemId != null && !itemId.isBlank();
        }

        /** The error key of one of its fields: {@code related[2].url}. */
        public String field(String name) {
            return "related[" + index + "]." + name;
        }
    }

    public static AlsoReadForm of(List<Related> related) {
        AlsoReadForm form = new AlsoReadForm();
        form.relatedOnPage = "1";
        for (Related r : related == null ? List.<Related> of() : related) {
            form.add(r.itemId() == null ? "" : r.itemId().toString(), r.url(), r.title(), r.teaser());
        }
        return form;
    }

    public boolean onPage() {
        return relatedOnPage != null;
    }

    public List<Row> rows() {
        int size = Math.max(Math.max(relatedItemId.size(), relatedUrl.size()), Math.max(relatedTitle.size(), relatedTeaser.size()));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            rows.add(new Row(i, at(relatedItemId, i), at(relatedUrl, i), at(relatedTitle, i), at(relatedTeaser, i)));
        }
        return rows;
    }

    /** The entries for the content service; a link typed into the "new link" fields but not added yet is added. */
    public List<Related> toRelated(Map<String, String> errors) {
        addPendingLink();
        // Blank rows go first, so that the n-th entry the service checks is the n-th row shown.
        setRows(rows().stream().filter(row -> row.internal() || blankToNull(row.url()) != null
                || blankToNull(row.title()) != null || blankToNull(row.teaser()) != null).toList());
        List<Related> related = new ArrayList<>();
        for (Row row : rows()) {
            if (row.internal()) {
                Long itemId = null;
                try {
                    itemId = Long.valueOf(row.itemId().strip());
                } catch (NumberFormatException e) {
                    errors.put(row.field("itemId"), "must be an item id");
                }
                related.add(new Related(itemId, null, null, null));
            } else {
                related.add(new Related(null, blankToNull(row.url()), blankToNull(row.title()), blankToNull(row.teaser())));
            }
        }
        return related;
    }

    /** Moves, removes or adds a row; answers false if {@code op} is not one of this list's. */
    public boolean apply(String op, String argument) {
        List<Row> rows = rows();
        int index = parse(argument);
        switch (op) {
            case "related-up" -> swap(rows, index, index - 1);
            case "related-down" -> swap(rows, index, index + 1);
            case "related-remove" -> {
                if (index >= 0 && index < rows.size()) {
                    rows.remove(index);
                }
            }
            case "related-add-item" -> {
                if (argument != null && argument.matches("\\d{1,18}")
                        && rows.stream().noneMatch(row -> argument.equals(row.itemId()))) {
                    rows.add(new Row(rows.size(), argument, "", "", ""));
                }
                relatedQuery = null;
            }
            case "related-add-link" -> {
                setRows(rows);
                addPendingLink();
                return true;
            }
            case "related-find" -> {
                return true;
            }
            default -> {
                return false;
            }
        }
        setRows(rows);
        return true;
    }

    private void addPendingLink() {
        if (blankToNull(newLinkUrl) != null || blankToNull(newLinkTitle) != null) {
            add("", newLinkUrl, newLinkTitle, newLinkTeaser);
            newLinkUrl = null;
            newLinkTitle = null;
            newLinkTeaser = null;
        }
    }

    private void add(String itemId, String url, String title, String teaser) {
        // Pad first, so a form that lost a field cannot shift later rows into the wrong columns.
        setRows(rows());
        relatedItemId.add(itemId == null ? "" : itemId);
        relatedUrl.add(url == null ? "" : url);
        relatedTitle.add(title == null ? "" : title);
        relatedTeaser.add(teaser == null ? "" : teaser);
    }

    private void setRows(List<Row> rows) {
        relatedItemId = new ArrayList<>(rows.stream().map(Row::itemId).toList());
        relatedUrl = new ArrayList<>(rows.stream().map(Row::url).toList());
        relatedTitle = new ArrayList<>(rows.stream().map(Row::title).toList());
        relatedTeaser = new ArrayList<>(rows.stream().map(Row::teaser).toList());
    }

    /** Swaps two places of a list the form reorders; a place outside the list changes nothing. */
    static <T> void swap(List<T> list, int from, int to) {
        if (from >= 0 && to >= 0 && from < list.size() && to < list.size()) {
            T moved = list.get(from);
            list.set(from, list.get(to));
            list.set(to, moved);
        }
    }

    static int parse(String argument) {
        try {
            return argument == null ? -1 : Integer.parseInt(argument.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The {@code index}th value of a repeated form field, "" when it is missing. */
    static String at(List<String> values, int index) {
        return values != null && index < values.size() && values.get(index) != null ? values.get(index) : "";
    }
}
