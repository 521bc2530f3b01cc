package org.masthead.settings;

import org.masthead.shared.HttpUrl;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** A change of the site settings, carrying the version it was made against. */
@Schema(description = "Site settings as an admin edits them", example = """
        {"version": 0, "siteName": "The Harbour Desk", "footerLine": "Independent news from the coast",
         "fourEyesRelaxed": false, "facebookUrl": "https://facebook.example/harbourdesk"}""")
public record SiteSettingsUpdate(
        @NotNull @PositiveOrZero Integer version,
        @NotBlank @Size(max = 200) String siteName,
        @Size(max = 500) String footerLine,
        boolean fourEyesRelaxed,
        @HttpUrl @Size(max = 500) String facebookUrl,
        @HttpUrl @Size(max = 500) String twitterUrl,
        @HttpUrl @Size(max = 500) String instagramUrl,
        @HttpUrl @Size(max = 500) String youtubeUrl) {
}
