package org.masthead.content;

import java.time.LocalDate;
import java.util.List;

import org.masthead.shared.HttpUrl;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** What makes an item a digest issue: "Weekly Digest – 193" of a series, with its sections in order. */
public record DigestContent(
        @NotNull Long seriesId,
        @NotNull @Positive Integer number,
        @NotNull LocalDate issueDate,
        @NotNull @Size(max = 20) List<@Valid @NotNull Section> sections) {

    /** A group of entries; the first is often unnamed, later ones e.g. "In English:". */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Section(@Size(max = 200) String heading, @NotNull @Size(max = 100) List<@Valid @NotNull Entry> items) {
    }

    /**
     * One entry of a digest, optionally naming an outlet and linking to one of our items or an external page. Its
     * {@code text} is one plain line (what lists, mail and search show); an entry of several paragraphs, quotes and
     * links has them in {@code body}, sanitized HTML that readers see in place of the line. Either may be left out
     * when the other is given; a missing text is taken from the body.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(@Size(max = 1000) String text, @Size(max = 200) String outlet, Long itemId,
            @HttpUrl @Size(max = 1000) String url, @Size(max = 20_000) String body) {

        /** A one-line entry with no body. */
        public Entry(String text, String outlet, Long itemId, String url) {
            this(text, outlet, itemId, url, null);
        }

        /** Reported as the field {@code text}: it may be blank only when the entry has a body. */
        @JsonIgnore
        @AssertTrue(message = "must not be blank unless the entry has a full text")
        public boolean isText() {
            return (text != null && !text.isBlank()) || (body != null && !body.isBlank());
        }

        @JsonIgnore
        @AssertTrue(message = "link to an itemId or a url, not both")
        public boolean isSingleLink() {
            return itemId == null || url == null || url.isBlank();
        }
    }
}
