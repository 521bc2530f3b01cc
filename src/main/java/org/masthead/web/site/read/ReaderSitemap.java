package org.masthead.web.site.read;

import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import org.masthead.shared.ContentKind;

/** The sitemap's rows: the address of every live item, read in one statement. */
@ApplicationScoped
public class ReaderSitemap {

    private final ReaderSql sql;
    private final ReaderContent reader;

    ReaderSitemap(ReaderSql sql, ReaderContent reader) {
        this.sql = sql;
        this.reader = reader;
    }

    /** Every live item of every edition, newest first, up to {@code limit} (a sitemap holds 50,000 addresses). */
    public List<SitemapEntry> entries(int limit) {
        return sql.list("SELECT i.kind, i.language, i.live_slug, i.live_from, i.translation_group, s.slug AS series, e.issue_number"
                + " FROM content_item i LEFT JOIN live_entry e ON e.item_id = i.id"
                + " LEFT JOIN digest_series s ON s.id = e.series_id WHERE" + ReaderContent.LIVE + " ORDER BY i.live_from DESC, i.id DESC LIMIT ?",
                row -> {
                    String href = ReaderContent.href(ContentKind.valueOf(row.getString("kind")), row.getString("language"), row.getString("live_slug"),
                            row.getString("series"), ReaderSql.intOrNull(row, "issue_number"));
                    return href == null ? null : new SitemapEntry(href, ReaderSql.instant(row, "live_from"),
                            ReaderSql.longOrNull(row, "translation_group"), row.getString("language"));
                }, reader.now(), limit).stream().filter(Objects::nonNull).toList();
    }
}
