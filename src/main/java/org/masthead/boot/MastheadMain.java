package org.masthead.boot;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Checks, before Quarkus starts, that production's settings are complete and that the database and
 * Keycloak they name can be reached, so that a missing or wrong variable fails with one line saying
 * which, instead of a stack trace from deep inside Flyway or OIDC, or a site that builds its links
 * from whatever Host a client sends.
 */
@QuarkusMain
public class MastheadMain {

    public static void main(String... args) {
        if (isPackagedApplication()) {
            var config = ConfigProvider.getConfig();
            DependencyCheck check = DependencyCheck.fromConfig(config);
            Optional<String> problem = config.getOptionalValue("masthead.startup.check-dependencies", Boolean.class).orElse(true)
                    ? check.firstProblem()
                    : check.settingsProblem();
            if (problem.isPresent()) {
                // Logging is configured by Quarkus.run, which has not happened yet: write the line directly.
                System.err.println(LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + " ERROR [masthead] "
                        + "Masthead cannot start: " + problem.get());
                System.exit(1);
            }
        }
        Class<? extends QuarkusApplication> command = args.length == 0 ? null : switch (args[0]) {
            case ImportWordPressCommand.NAME -> ImportWordPressCommand.class;
            case CopyUploadsCommand.NAME -> CopyUploadsCommand.class;
            default -> null;
        };
        if (command != null) {
            // a command, not a server: it opens no port, so it runs beside the server on the same machine
            System.setProperty("quarkus.http.host-enabled", "false");
            System.setProperty("masthead.command", args[0]);
            Quarkus.run(command, args);
            return;
        }
        Quarkus.run(args);
    }

    /**
     * Dev and test runs get their servers from the dev stack and are not checked. Before
     * Quarkus.run the launch mode is not known yet, but the class loader tells: only the packaged
     * application (quarkus-run.jar) is loaded by Quarkus' RunnerClassLoader.
     */
    private static boolean isPackagedApplication() {
        return MastheadMain.class.getClassLoader().getClass().getName().endsWith(".RunnerClassLoader");
    }
}
