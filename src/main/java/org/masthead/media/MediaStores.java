package org.masthead.media;

import java.nio.file.Path;

import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

/** Makes the one {@link MediaStore} that {@code masthead.uploads.store} chooses, and says at start which it is. */
@ApplicationScoped
class MediaStores {

    private static final Logger LOG = Logger.getLogger(MediaStores.class);

    @Produces
    @ApplicationScoped
    MediaStore store(UploadsConfig config) {
        MediaStore store = switch (config.store()) {
            case LOCAL -> new LocalMediaStore(Path.of(config.dir()));
            case S3 -> new S3MediaStore(config.s3());
        };
        LOG.infof("The media library is kept in %s%s", store.describe(),
                config.publicBaseUrl().map(base -> "; readers fetch files from " + base).orElse(""));
        return store;
    }

    /**
     * Made at start, so a store named wrongly stops the start with its reason rather than the first upload. A store that
     * cannot be reached now is only logged: every node shares it, and taking them all out of rotation would stop the
     * pages that never touch a file; uploads answer 503 until it is back.
     */
    void start(@Observes StartupEvent started, MediaStore store) {
        store.problem().ifPresent(problem -> LOG.warnf("The media store cannot be used now (%s); uploads and files answer 503"
                + " until it can", problem));
    }

    void close(@Disposes MediaStore store) throws Exception {
        if (store instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    /** Where readers' pages point for a file: the public base URL when one is set, else the app's own address. */
    @Produces
    @ApplicationScoped
    MediaLinks links(UploadsConfig config) {
        return new MediaLinks(config.publicBaseUrl().map(base -> base.replaceAll("/+$", "")).orElse(null));
    }
}
