package org.masthead.content;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One of an item's sources as stored, in order (see {@link Source}). */
@Embeddable
public class SourceLink {

    @Column(nullable = false, length = 200)
    public String outlet;

    @Column(nullable = false, length = 1000)
    public String url;

    @Column(name = "source_date")
    public LocalDate date;

    public SourceLink() {
    }

    SourceLink(Source source) {
        this.outlet = source.outlet().strip();
        this.url = source.url().strip();
        this.date = source.date();
    }

    Source toSource() {
        return new Source(outlet, url, date);
    }
}
