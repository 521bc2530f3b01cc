package org.masthead.content;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A publication: a book (ISBN), a newsletter issue or a periodical brief (issue), with cover and PDF. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublicationContent(@NotNull Type type, Long coverImageId, Long pdfId, @Size(max = 50) String issue,
        @Size(max = 20) String isbn) {

    public enum Type {
        BOOK, NEWSLETTER, BRIEF
    }
}
