package org.masthead.taxonomy;

/** A digest series with how many issues it has. */
public record SeriesView(long id, String title, String language, String slug, long issues) {

    static SeriesView of(DigestSeries series, long issues) {
        return new SeriesView(series.id, series.title, series.language, series.slug, issues);
    }
}
