package org.masthead.mail;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the outbox sends (masthead.mail.*); the SMTP server itself is quarkus-mailer's (QUARKUS_MAILER_*). */
@ConfigMapping(prefix = "masthead.mail")
public interface MailConfig {

    /** How often a node looks for messages due. */
    @WithDefault("2s")
    Duration sendEvery();

    /** Attempts before a message is marked failed: with the backoff below, 8 cover about two hours of an SMTP outage. */
    @WithDefault("8")
    int maxAttempts();

    /** The wait after the first failed attempt; each further one doubles it, up to an hour. */
    @WithDefault("30s")
    Duration firstRetry();
}
