package org.masthead.web.site;

import java.util.List;

import org.masthead.web.site.read.ReaderViews.Alternate;

/**
 * The head of a public page: its title, the description and image that link previews show
 * (OpenGraph, Twitter cards), its canonical address and its translations (hreflang).
 */
public record PageMeta(String title, String description, String canonical, String type, String image,
        List<Alternate> alternates, boolean indexable) {

    public static PageMeta of(String title, String description, String canonical) {
        return new PageMeta(title, description, canonical, "website", null, List.of(), true);
    }

    public static PageMeta hidden(String title) {
        return new PageMeta(title, null, null, "website", null, List.of(), false);
    }
}
