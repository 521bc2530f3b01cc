package org.masthead.web.desk;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.masthead.web.site.SiteConfig;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Times on the desk, in the site's time zone ({@code {inject:desk.time(item.updatedAt)}}). */
@Named("desk")
@ApplicationScoped
public class DeskFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final ZoneId zone;

    DeskFormat(SiteConfig config) {
        this.zone = ZoneId.of(config.timeZone());
    }

    public ZoneId zone() {
        return zone;
    }

    public String getZoneName() {
        return zone.getId();
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }
}
