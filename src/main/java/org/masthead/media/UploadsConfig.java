package org.masthead.media;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where uploaded files are kept and how big they may be (masthead.uploads.*). */
@ConfigMapping(prefix = "masthead.uploads")
public interface UploadsConfig {

    /** The folder that holds uploaded files; back it up with the database. */
    @WithDefault("data/uploads")
    String dir();

    /** Largest image accepted, in bytes. */
    @WithDefault("15728640")
    long maxImageBytes();

    /** Largest PDF accepted, in bytes. */
    @WithDefault("52428800")
    long maxPdfBytes();
}
