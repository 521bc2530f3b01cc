package org.masthead.web.site;

import org.masthead.shared.PublicUrls;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.masthead.shared.Edition;
import org.masthead.web.site.read.Section;
import org.masthead.web.site.read.ReaderViews.Link;
import org.masthead.web.site.read.ReaderViews.Teaser;

/**
 * What every public page of an edition shows around its content: the menu, the sidebar, the
 * footer, the edition switch, and the edition's way of writing dates and numbers.
 */
public record SiteFrame(String language, String siteName, String footerLine, List<Link> social, List<MenuLink> menu,
        List<Teaser> recent, List<EditionLink> editions, int year, String baseUrl, ZoneId zone, Map<String, Section> sections,
        Chrome chrome) {

    /** The edition's category at {@code slug}, with the categories nested under it. */
    public Optional<Section> section(String slug) {
        return Optional.ofNullable(sections.get(slug));
    }

    /**
     * The frame as HTML — the masthead with the menu, the "Recent posts" sidebar and the footer —
     * rendered once when the frame is built, since every page of the edition shows the same.
     */
    public record Chrome(String masthead, String sidebar, String footer) {
    }

    /** This frame with its parts rendered by the templates of site/frame.html. */
    SiteFrame rendered() {
        Locale locale = locale();
        return new SiteFrame(language, siteName, footerLine, social, menu, recent, editions, year, baseUrl, zone, sections,
                new Chrome(SiteTemplates.frame$masthead(this).setLocale(locale).render(),
                        SiteTemplates.frame$sidebar(this).setLocale(locale).render(),
                        SiteTemplates.frame$footer(this).setLocale(locale).render()));
    }

    /** The front page of an edition, named in its own language. */
    public record EditionLink(String language, String label, String href) {
    }

    /** An entry of the navigation menu, possibly with a submenu. */
    public record MenuLink(String label, String href, List<MenuLink> children) {
    }

    /** Each edition's long date, made once (formatters are immutable and shared by all pages). */
    private static final Map<String, DateTimeFormatter> LONG_DATES = Edition.LANGUAGES.stream().collect(Collectors.toMap(
            l -> l, l -> Edition.isRoot(l) ? DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH)
                    : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Edition.localeOf(l))
                            .withDecimalStyle(DecimalStyle.of(Edition.localeOf(l)))));

    public Locale locale() {
        return Edition.localeOf(language);
    }

    public String dir() {
        return Edition.of(language).map(Edition::direction).orElse("ltr");
    }

    public String home() {
        return PublicUrls.home(language);
    }

    public String prefix() {
        return PublicUrls.prefix(language);
    }

    public String searchHref() {
        return PublicUrls.search(language);
    }

    public String feedHref() {
        return PublicUrls.feed(language);
    }

    /**
     * "June 11, 2017" in English; elsewhere the edition's month names and digits, and in Persian
     * its own calendar ("۲۱ خرداد ۱۳۹۶").
     */
    public String date(Instant instant) {
        return instant == null ? "" : day(instant.atZone(zone).toLocalDate());
    }

    public String day(LocalDate date) {
        if (date == null) {
            return "";
        }
        if ("fa".equals(language)) {
            SolarHijri persian = SolarHijri.of(date);
            return num(persian.day()) + " " + persian.monthName() + " " + num(persian.year());
        }
        return LONG_DATES.get(language).format(date);
    }

    /** A date for machines (the datetime attribute of time elements). */
    public String isoDate(Instant instant) {
        return instant == null ? "" : instant.atZone(zone).toLocalDate().toString();
    }

    /** An issue number or page number in the edition's digits, without grouping. */
    public String num(Integer number) {
        if (number == null) {
            return "";
        }
        char zero = LONG_DATES.get(language).getDecimalStyle().getZeroDigit();
        char[] digits = Integer.toString(number).toCharArray();
        for (int i = 0; i < digits.length; i++) {
            if (digits[i] >= '0' && digits[i] <= '9') {
                digits[i] = (char) (digits[i] - '0' + zero);
            }
        }
        return new String(digits);
    }

    /** An absolute address, for canonical links, feeds and share links. */
    public String absolute(String path) {
        return path == null ? null : path.startsWith("http") ? path : baseUrl + path;
    }
}
