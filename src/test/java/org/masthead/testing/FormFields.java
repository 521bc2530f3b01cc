package org.masthead.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.masthead.testing.BrowserSession.Page;

/**
 * A form of a page with every field in document order, repeated names included (an editor's list
 * rows), as a browser submits it. Change values, then {@link #submit} it or press one of its buttons.
 */
public final class FormFields {

    private final BrowserSession browser;
    private final Element form;
    private final List<String[]> fields = new ArrayList<>();

    private FormFields(BrowserSession browser, Element form) {
        this.browser = browser;
        this.form = form;
        for (Element field : form.select("input[name], textarea[name], select[name]")) {
            String type = field.attr("type");
            if (field.hasAttr("disabled") || ((type.equals("radio") || type.equals("checkbox")) && !field.hasAttr("checked"))
                    || type.equals("submit")) {
                continue;
            }
            String value = switch (field.tagName()) {
                case "textarea" -> field.wholeText();
                case "select" -> {
                    Element selected = field.selectFirst("option[selected]");
                    yield selected == null ? field.select("option").stream().findFirst().map(o -> o.attr("value")).orElse("")
                            : selected.attr("value");
                }
                default -> field.attr("value");
            };
            fields.add(new String[] { field.attr("name"), value });
        }
    }

    public static FormFields of(BrowserSession browser, Page page, String selector) {
        Element form = page.document().selectFirst(selector);
        if (form == null) {
            throw new AssertionError("No form " + selector + " on " + page.uri());
        }
        return new FormFields(browser, form);
    }

    /** Sets the {@code index}-th field called {@code name} (0 for the only one). */
    public FormFields set(String name, int index, String value) {
        int seen = 0;
        for (String[] field : fields) {
            if (field[0].equals(name) && seen++ == index) {
                field[1] = value;
                return this;
            }
        }
        throw new AssertionError("The form has no field " + name + "[" + index + "]; it has " + names());
    }

    public FormFields set(String name, String value) {
        if (fields.stream().noneMatch(f -> f[0].equals(name))) {
            fields.add(new String[] { name, value });
            return this;
        }
        return set(name, 0, value);
    }

    public FormFields setAll(Map<String, String> values) {
        values.forEach(this::set);
        return this;
    }

    public List<String> values(String name) {
        return fields.stream().filter(f -> f[0].equals(name)).map(f -> f[1]).toList();
    }

    public Page submit() {
        return browser.postPairs(form.absUrl("action"), fields);
    }

    /** Presses a submit button of the form with this name and value, e.g. {@code op=related-up:1}. */
    public Page press(String name, String value) {
        if (form.select("button[name=" + name + "]").stream().noneMatch(b -> b.attr("value").equals(value))) {
            throw new AssertionError("The form has no button " + name + "=" + value);
        }
        List<String[]> sent = new ArrayList<>(fields);
        sent.add(new String[] { name, value });
        return browser.postPairs(form.absUrl("action"), sent);
    }

    private List<String> names() {
        return fields.stream().map(f -> f[0]).distinct().toList();
    }
}
