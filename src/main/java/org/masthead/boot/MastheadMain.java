package org.masthead.boot;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Checks, before Quarkus starts, that the database and Keycloak the configuration names can be
 * reached, so that a wrong variable fails with one line saying which, instead of a stack trace
 * from deep inside Flyway or OIDC.
 */
@QuarkusMain
public class MastheadMain {

    public static void main(String... args) {
        if (isPackagedApplication()) {
            var config = ConfigProvider.getConfig();
            if (config.getOptionalValue("masthead.startup.check-dependencies", Boolean.class).orElse(true)) {
                Optional<String> problem = DependencyCheck.fromConfig(config).firstProblem();
                if (problem.isPresent()) {
                    // Logging is configured by Quarkus.run, which has not happened yet: write the line directly.
                    System.err.println(LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + " ERROR [masthead] "
                            + "Masthead cannot start: " + problem.get());
                    System.exit(1);
                }
            }
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
