package org.masthead.web.desk;

import java.util.Map;

import io.quarkus.qute.TemplateExtension;

/** View helpers for the site administration pages. */
@TemplateExtension
public class SiteAdminExtensions {

    private static final Map<String, String> EDITION_NAMES = Map.of("en", "English", "ar", "Arabic", "fa", "Persian",
            "sq", "Albanian");

    /** "ar" → "Arabic", for tabs and headings. */
    static String editionName(String language) {
        return EDITION_NAMES.getOrDefault(language, language);
    }

    /** Indentation for an entry {@code depth} levels down in a flat select: "— — Videos". */
    static String indent(int depth) {
        return "— ".repeat(depth);
    }
}
