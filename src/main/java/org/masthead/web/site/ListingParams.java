package org.masthead.web.site;

import org.jboss.resteasy.reactive.RestQuery;
import org.masthead.web.site.read.PageRequest;

/** Where a reader is in a listing: {@code ?page=N}, with the keyset cursor the pager links carry. */
public class ListingParams {

    @RestQuery
    String page;
    @RestQuery
    String before;
    @RestQuery
    String after;

    PageRequest request() {
        return PageRequest.parse(page, before, after);
    }

    /** The part of the page cache's key these parameters decide. */
    String key() {
        return page + "#" + before + "#" + after;
    }
}
