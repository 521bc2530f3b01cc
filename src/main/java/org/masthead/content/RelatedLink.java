package org.masthead.content;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One "Also read" entry: another item of ours, or an external page with its title and teaser. */
@Embeddable
public class RelatedLink {

    @Column(name = "related_item_id")
    public Long itemId;

    @Column(length = 1000)
    public String url;

    @Column(length = 300)
    public String title;

    @Column(length = 500)
    public String teaser;

    public RelatedLink() {
    }

    public RelatedLink(Long itemId, String url, String title, String teaser) {
        this.itemId = itemId;
        this.url = url;
        this.title = title;
        this.teaser = teaser;
    }
}
