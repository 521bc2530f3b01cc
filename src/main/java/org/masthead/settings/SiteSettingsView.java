package org.masthead.settings;

import java.time.Instant;

/** The site settings as the API shows them. */
public record SiteSettingsView(int version, String siteName, String footerLine, boolean fourEyesRelaxed,
        String facebookUrl, String twitterUrl, String instagramUrl, String youtubeUrl, Instant updatedAt,
        String updatedBy) {

    static SiteSettingsView of(SiteSettings s) {
        return new SiteSettingsView(s.version, s.siteName, s.footerLine, s.fourEyesRelaxed, s.facebookUrl, s.twitterUrl,
                s.instagramUrl, s.youtubeUrl, s.updatedAt, s.updatedBy);
    }
}
