package org.masthead.comment;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Readers' comments (masthead.comments.*): how often one address may comment, and how large a post may be. */
@ConfigMapping(prefix = "masthead.comments")
public interface CommentConfig {

    /** How many comments one client address may send within {@link #window()}; more answer 429. */
    @WithDefault("5")
    int perAddress();

    @WithDefault("10m")
    Duration window();

    /** The largest comment form accepted, in bytes as sent (a 3,000-letter Persian comment is about 18 KB encoded). */
    @WithDefault("32768")
    int maxRequestBytes();
}
