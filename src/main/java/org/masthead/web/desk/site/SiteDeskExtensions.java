package org.masthead.web.desk.site;

import org.masthead.shared.Edition;
import io.quarkus.qute.TemplateExtension;

/** View helpers for the site administration pages. */
@TemplateExtension
public class SiteDeskExtensions {

    /** "ar" → "Arabic", for tabs and headings. */
    static String editionName(String language) {
        return Edition.englishName(language);
    }

    /** Indentation for an entry {@code depth} levels down in a flat select: "— — Videos". */
    static String indent(int depth) {
        return "— ".repeat(depth);
    }
}
