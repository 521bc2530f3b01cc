package org.masthead.taxonomy;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CategoryView(long id, String name, String language, String slug, Long parentId, int position) {

    static CategoryView of(Category c) {
        return new CategoryView(c.id, c.name, c.language, c.slug, c.parentId, c.position);
    }
}
