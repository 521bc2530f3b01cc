package org.masthead.media;

import java.util.Locale;

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

    /**
     * Most pixels an image may have (width × height), judged from its header before it is ever decoded: a small file
     * can claim a huge canvas, and decoding one takes four bytes a pixel. 40 million covers the cameras newsrooms use.
     */
    @WithDefault("40000000")
    long maxPixels();

    /** A size as people read it: "14.2 MB". */
    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }
}
