package org.masthead.devstack;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Brings up the development MariaDB and Keycloak while the configuration is being built, the one
 * moment that comes before Flyway, Hibernate and OIDC connect, and hands their addresses to the
 * application. Active in the dev and test profiles only, unless masthead.devstack.enabled=false;
 * the prod profile never starts anything and uses the standard QUARKUS_* variables.
 */
public class DevStackConfigSourceFactory implements ConfigSourceFactory {

    private static final Logger LOG = Logger.getLogger(DevStackConfigSourceFactory.class);

    /** Above application.properties (250), below environment variables (300) and system properties (400). */
    private static final int ORDINAL = 275;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        List<String> profiles = context.getProfiles();
        if (!profiles.contains("dev") && !profiles.contains("test")) {
            return List.of();
        }
        if (!Boolean.parseBoolean(value(context, "masthead.devstack.enabled").orElse("true"))) {
            return List.of();
        }
        DevStack stack;
        try {
            stack = DevStack.start(DevStackSettings.from(name -> value(context, name)));
        } catch (DevStackException e) {
            LOG.error(e.getMessage());
            throw new DevStackStartupFailure(e.getMessage());
        }
        return List.of(new PropertiesConfigSource(stack.configuration(), "masthead-devstack", ORDINAL));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    private static Optional<String> value(ConfigSourceContext context, String name) {
        return Optional.ofNullable(context.getValue(name)).map(ConfigValue::getValue);
    }

    /** Carries the one-line reason out of configuration; its stack trace would only bury that line. */
    static final class DevStackStartupFailure extends RuntimeException {
        DevStackStartupFailure(String message) {
            super(message, null, false, false);
        }
    }
}
