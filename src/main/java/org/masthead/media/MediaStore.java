package org.masthead.media;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the library's files are kept, by storage key: a folder on this node ({@link LocalMediaStore}, the default) or an
 * S3-compatible bucket that every node shares ({@link S3MediaStore}), chosen by {@code masthead.uploads.store}.
 */
public interface MediaStore {

    /** Where a key lives inside the store, the same in a folder and a bucket: {@code ab/abcd….jpg}. */
    static String layout(String key) {
        return key.substring(0, 2) + "/" + key;
    }

    /** Keeps {@code file} under {@code key}, replacing what was there; served later as {@code contentType}. */
    void put(String key, Path file, String contentType, String fileName);

    /** The file kept under {@code key}, if there is one. */
    Optional<MediaObject> open(String key);

    boolean has(String key);

    /** Removes the file; a missing one is no error. */
    void delete(String key);

    /** Whether the store can be used now: empty when it can, else why not (for the readiness check). */
    Optional<String> problem();

    /** Where files go, as the startup log and the desk say it: "the folder data/uploads". */
    String describe();

    /** The store could not be used (a bucket that cannot be reached, a full disk): nothing was kept or removed. */
    final class Unavailable extends RuntimeException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * A kept file: on this node's disk ({@code file} set, so it can be sent without copying through the JVM) or a stream
     * of {@code length} bytes the caller closes.
     */
    record MediaObject(Path file, InputStream stream, long length) {
    }
}
