package org.masthead.web.site;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.masthead.shared.Edition;

import io.quarkus.qute.TemplateExtension;

/** View helpers of the public pages ({@code {reader:editionName('fa')}}). */
@TemplateExtension(namespace = "reader")
public class ReaderTemplateExtensions {

    /** An edition's name in its own language: "العربية", "فارسی", "shqip". */
    static String editionName(String language) {
        Locale locale = Edition.localeOf(language);
        return locale.getDisplayLanguage(locale);
    }

    /** The date format of RSS 2.0 (RFC 822/1123). */
    static String rfc1123(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }
}
