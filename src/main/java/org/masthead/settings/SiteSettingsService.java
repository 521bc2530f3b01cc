package org.masthead.settings;

import static org.masthead.shared.Text.blankToNull;

import java.time.Clock;
import java.time.Instant;

import org.masthead.shared.StaleVersionException;
import org.masthead.security.Roles;
import org.masthead.security.StaffMember;
import org.masthead.shared.PublicChange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

/** Reads and changes the site settings; only admins change them, and never over someone else's save. */
@ApplicationScoped
public class SiteSettingsService {

    private final Clock clock;
    private final Event<PublicChange> publicChange;

    SiteSettingsService(Clock clock, Event<PublicChange> publicChange) {
        this.clock = clock;
        this.publicChange = publicChange;
    }

    @Transactional
    public SiteSettingsView current() {
        return SiteSettingsView.of(SiteSettings.current());
    }

    @Transactional
    public SiteSettingsView update(StaffMember who, @Valid SiteSettingsUpdate change) {
        who.require(Roles.ADMIN, "Changing the site settings");
        SiteSettings settings = SiteSettings.findById(SiteSettings.THE_ROW, LockModeType.PESSIMISTIC_WRITE);
        if (settings.version != change.version()) {
            throw StaleVersionException.whileEditing("The site settings", settings.version, settings.updatedBy, settings.updatedAt);
        }
        settings.siteName = change.siteName().strip();
        settings.footerLine = change.footerLine() == null ? "" : change.footerLine().strip();
        settings.fourEyesRelaxed = change.fourEyesRelaxed();
        settings.facebookUrl = blankToNull(change.facebookUrl());
        settings.twitterUrl = blankToNull(change.twitterUrl());
        settings.instagramUrl = blankToNull(change.instagramUrl());
        settings.youtubeUrl = blankToNull(change.youtubeUrl());
        settings.updatedAt = Instant.now(clock);
        settings.updatedBy = who.username();
        SiteSettings.getEntityManager().flush();
        publicChange.fire(PublicChange.everywhere("site settings"));
        return SiteSettingsView.of(settings);
    }

}
