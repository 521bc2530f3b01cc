package org.masthead.content;

import org.masthead.shared.SlugMaker;
import org.masthead.shared.Edition;
import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonFormat;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An item as staff write it (POST creates, PUT replaces the working copy and carries {@code version}). */
@Schema(description = "An item as staff write it", example = """
        {"title": "Harbour cleanup volunteers return", "language": "en",
         "summary": "Forty volunteers cleared the east pier on Saturday.",
         "body": "<p>Forty volunteers <strong>cleared</strong> the pier. <a href=\\"https://example.org\\">Details</a></p>",
         "tags": ["environment", "volunteers"], "byline": {"author": "Mira Santos", "outlet": "Coastal Ledger"},
         "sources": [{"outlet": "Coastal Ledger", "url": "https://coastal-ledger.example/cleanup", "date": "2017-06-11"}],
         "related": [{"url": "https://example.org/report", "title": "The 2016 report", "teaser": "Example Org, May 2:…"}]}""")
public record ItemInput(
        @Schema(description = "The version this edit is based on; required on PUT") Long version,
        @NotBlank @Size(max = 300) String title,
        @NotNull @Pattern(regexp = Edition.PATTERN, message = Edition.PATTERN_MESSAGE) String language,
        @Size(max = 200) @Pattern(regexp = SlugMaker.PATTERN,
                message = SlugMaker.PATTERN_MESSAGE) String slug,
        @Size(max = 2000) String summary,
        @Size(max = 1_000_000) String body,
        Long categoryId,
        @Size(max = 30) List<@NotBlank @Size(max = 100) String> tags,
        @Valid Byline byline,
        @Schema(description = "Where a republished piece first appeared, in order; a single \"source\" object is read as a list of one")
        @JsonAlias("source") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        @Size(max = 10) List<@Valid @NotNull Source> sources,
        @Size(max = 20) List<@Valid @NotNull Related> related,
        Instant publishAt,
        Instant unpublishAt,
        @Schema(description = "Id of an item in another language this one translates") Long translationOf,
        @Schema(description = "Id of an image upload shown at the top, with its caption and credit") Long featuredImageId,
        @Schema(description = "Digests only: series, issue number, date and sections") @Valid DigestContent digest,
        @Schema(description = "Media items only: type, ordered image ids or video URL") @Valid MediaContent media,
        @Schema(description = "Publications only: type, cover, PDF, issue or ISBN") @Valid PublicationContent publication) {
}
