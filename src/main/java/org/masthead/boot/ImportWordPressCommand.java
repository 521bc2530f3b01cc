package org.masthead.boot;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.masthead.security.Roles;
import org.masthead.security.StaffMember;
import org.masthead.shared.Edition;
import org.masthead.wordpress.ImportReport;
import org.masthead.wordpress.WordPressImport;
import org.masthead.wordpress.WxrException;

import io.quarkus.runtime.QuarkusApplication;
import jakarta.inject.Inject;

/**
 * {@code java -jar quarkus-run.jar import-wordpress FILE [--uploads DIR] [--dry-run] [--edition-of-category SLUG=LANG ...]
 * [--no-fetch] [--as USERNAME]}: the WordPress import against the configured database, with a progress bar on the terminal and
 * the report at the end. Exit status 0 when it ran, 1 when the export could not be read, 2 for a wrong command line.
 */
public class ImportWordPressCommand implements QuarkusApplication {

    static final String NAME = "import-wordpress";
    private static final String USAGE = "usage: java -jar quarkus-run.jar import-wordpress FILE [--uploads DIR] [--dry-run]"
            + " [--edition-of-category SLUG=LANG ...] [--no-fetch] [--as USERNAME]";

    @Inject
    WordPressImport importer;

    @Override
    public int run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        Path file = null;
        Optional<Path> uploads = Optional.empty();
        boolean dryRun = false;
        boolean fetch = true;
        String actor = "wordpress-import";
        Map<String, String> editions = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--dry-run" -> dryRun = true;
                case "--no-fetch" -> fetch = false;
                case "--uploads", "--edition-of-category", "--as" -> {
                    if (i + 1 >= args.length) {
                        err.println(arg + " needs a value\n" + USAGE);
                        return 2;
                    }
                    String value = args[++i];
                    if (arg.equals("--uploads")) {
                        uploads = Optional.of(Path.of(value));
                    } else if (arg.equals("--as")) {
                        actor = value;
                    } else {
                        int eq = value.indexOf('=');
                        if (eq < 1 || !Edition.isKnown(value.substring(eq + 1))) {
                            err.println("--edition-of-category takes SLUG=LANG with LANG one of " + Edition.LANGUAGES + ", not " + value);
                            return 2;
                        }
                        editions.put(value.substring(0, eq), value.substring(eq + 1));
                    }
                }
                default -> {
                    if (arg.startsWith("--") || file != null) {
                        err.println("unknown argument " + arg + "\n" + USAGE);
                        return 2;
                    }
                    file = Path.of(arg);
                }
            }
        }
        if (file == null) {
            err.println(USAGE);
            return 2;
        }
        StaffMember who = new StaffMember(actor, actor, null, Roles.ALL);
        boolean terminal = System.console() != null;
        int[] shownPercent = { -1 };
        try {
            ImportReport report = importer.run(file, uploads, new WordPressImport.Options(dryRun, editions, fetch), who, (done, total, what) -> {
                int percent = total == 0 ? 100 : done * 100 / total;
                if (terminal) {
                    int bar = percent / 5;
                    err.print("\r[" + "#".repeat(bar) + ".".repeat(20 - bar) + "] " + String.format("%3d%% %d/%d", percent, done, total));
                } else if (percent / 10 != shownPercent[0] / 10 || done == total) {
                    err.println("imported " + done + " of " + total + " (" + percent + "%)");
                }
                shownPercent[0] = percent;
            });
            if (terminal) {
                err.println();
            }
            List<String> lines = report.lines();
            lines.forEach(out::println);
            return 0;
        } catch (WxrException e) {
            err.println("Import refused: " + e.getMessage() + ". Nothing was written.");
            return 1;
        }
    }
}
