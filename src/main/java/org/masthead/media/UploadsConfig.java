package org.masthead.media;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where uploaded files are kept and how big they may be (masthead.uploads.*). */
@ConfigMapping(prefix = "masthead.uploads")
public interface UploadsConfig {

    /**
     * {@code local}: files in {@link #dir()} on this node (one node, or a folder every node mounts); {@code s3}: files in
     * an S3-compatible bucket every node shares ({@link #s3()}).
     */
    @WithDefault("local")
    Store store();

    enum Store {
        LOCAL, S3
    }

    /**
     * The folder that holds uploaded files with {@code store=local}; back it up with the database. With either store, a
     * WordPress import keeps the files it was given here while it runs.
     */
    @WithDefault("data/uploads")
    String dir();

    /**
     * Where readers fetch files from instead of this app, e.g. the bucket's website or a CDN in front of it: pages link
     * to {@code <base>/<first two characters of the key>/<key>}, the layout of both stores, and the app's own
     * {@code /uploads/...} addresses (in bodies written earlier) redirect there. Unset: the app serves every file.
     */
    Optional<String> publicBaseUrl();

    S3 s3();

    /** The bucket for {@code store=s3}; any S3-compatible service (AWS, MinIO, Ceph, Garage, S3Proxy). */
    interface S3 {

        Optional<String> bucket();

        /** The service's address, for anything but AWS itself, e.g. {@code http://minio:9000}. */
        Optional<URI> endpoint();

        @WithDefault("us-east-1")
        String region();

        /** Addresses as {@code endpoint/bucket/key} rather than {@code bucket.endpoint/key}: most self-hosted stores want it. */
        @WithDefault("false")
        boolean pathStyle();

        /** Keys go under this prefix (e.g. {@code media/}), so one bucket can hold several sites. */
        Optional<String> prefix();

        /** Without these two, the AWS SDK's own chain applies: AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, profiles, instance roles. */
        Optional<String> accessKeyId();

        Optional<String> secretAccessKey();
    }

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
