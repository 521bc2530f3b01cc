package org.masthead.settings;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The single row of site-wide settings (name, footer, social links, four-eyes relaxation). */
@Entity
@Table(name = "site_settings")
public class SiteSettings extends PanacheEntityBase {

    static final byte THE_ROW = 1;

    @Id
    public byte id;

    @Column(name = "site_name", nullable = false, length = 200)
    public String siteName;

    @Column(name = "footer_line", nullable = false, length = 500)
    public String footerLine;

    @Column(name = "four_eyes_relaxed", nullable = false)
    public boolean fourEyesRelaxed;

    @Column(name = "facebook_url", length = 500)
    public String facebookUrl;

    @Column(name = "twitter_url", length = 500)
    public String twitterUrl;

    @Column(name = "instagram_url", length = 500)
    public String instagramUrl;

    @Column(name = "youtube_url", length = 500)
    public String youtubeUrl;

    @Version
    public int version;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    public static SiteSettings current() {
        return findById(THE_ROW);
    }
}
