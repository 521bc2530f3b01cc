package org.masthead.content;

import static org.masthead.shared.Text.blankToNull;

import org.masthead.shared.HttpUrl;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;

/** An "Also read" entry as the API reads and writes it: {"itemId"} or {"url", "title", "teaser"?}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Related(Long itemId, @HttpUrl @Size(max = 1000) String url, @Size(max = 300) String title,
        @Size(max = 500) String teaser) {

    @JsonIgnore
    @AssertTrue(message = "give either itemId, or url with a title")
    public boolean isTarget() {
        boolean internal = itemId != null && (url == null || url.isBlank());
        boolean external = itemId == null && url != null && !url.isBlank() && title != null && !title.isBlank();
        return internal || external;
    }

    RelatedLink toLink() {
        return new RelatedLink(itemId, blankToNull(url), blankToNull(title), blankToNull(teaser));
    }

    static Related of(RelatedLink link) {
        return new Related(link.itemId, link.url, link.title, link.teaser);
    }

}
