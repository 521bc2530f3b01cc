package org.masthead.web.desk;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.masthead.shared.Edition;

import io.quarkus.qute.TemplateExtension;

/** View-only helpers for the desk's templates. */
@TemplateExtension
public class DeskTemplateExtensions {

    /** For query strings: {@code {q.url}}. */
    static String url(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Whether the id is the one a form or filter holds as text: {@code {#if c.id.is(form.categoryId)}}. */
    static boolean is(long id, String value) {
        return value != null && value.equals(Long.toString(id));
    }

    /** Right-to-left editions get dir="rtl" on what their text is typed into. */
    static boolean rtl(String language) {
        return Edition.isRightToLeft(language);
    }
}
