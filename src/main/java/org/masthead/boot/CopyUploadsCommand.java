package org.masthead.boot;

import java.io.PrintStream;
import java.nio.file.Path;

import org.masthead.media.LibraryCopy;
import org.masthead.media.MediaStore;
import org.masthead.media.UploadsConfig;

import io.quarkus.runtime.QuarkusApplication;
import jakarta.inject.Inject;

/**
 * {@code java -jar quarkus-run.jar copy-uploads-to-s3 [--from DIR]}, run with {@code masthead.uploads.store=s3} and the
 * bucket's settings: copies every library file the bucket lacks from the local folder (by default
 * {@code masthead.uploads.dir}), so a single-node site moves its files into a bucket; run again, it copies only what is
 * still missing. Exit status 0 when every file is in the bucket, 1 when some were found nowhere, 2 for a wrong command line.
 */
public class CopyUploadsCommand implements QuarkusApplication {

    static final String NAME = "copy-uploads-to-s3";
    private static final String USAGE = "usage: java -jar quarkus-run.jar copy-uploads-to-s3 [--from DIR]"
            + " (with MASTHEAD_UPLOADS_STORE=s3 and the bucket's MASTHEAD_UPLOADS_S3_* settings)";

    @Inject
    LibraryCopy copy;

    @Inject
    MediaStore store;

    @Inject
    UploadsConfig config;

    @Override
    public int run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        Path from = Path.of(config.dir());
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--from") && i + 1 < args.length) {
                from = Path.of(args[++i]);
            } else {
                err.println("unknown argument " + args[i] + "\n" + USAGE);
                return 2;
            }
        }
        if (config.store() != UploadsConfig.Store.S3) {
            err.println("The library is kept in a local folder (masthead.uploads.store=local); set MASTHEAD_UPLOADS_STORE=s3 and"
                    + " the bucket's settings first.\n" + USAGE);
            return 2;
        }
        err.println("Copying the library from " + from.toAbsolutePath() + " into " + store.describe());
        LibraryCopy.Report report;
        try {
            report = copy.copyFrom(from, err::println);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage() + "\n" + USAGE);
            return 2;
        } catch (MediaStore.Unavailable e) {
            err.println(e.getMessage() + "; what was copied so far stays, run the command again to go on");
            return 1;
        }
        out.println(report.copied() + " copied, " + report.alreadyThere() + " already in the bucket, " + report.missing().size()
                + " found nowhere");
        report.missing().forEach(line -> out.println("  missing: " + line));
        if (report.missing().isEmpty()) {
            out.println("Every file is in the bucket. The folder " + from.toAbsolutePath()
                    + " was left as it was; remove it once the site has been checked.");
        }
        return report.missing().isEmpty() ? 0 : 1;
    }
}
