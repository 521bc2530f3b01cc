package org.masthead.media;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Brings a library kept in a local folder into the configured store (a bucket): every upload whose file the store lacks
 * is copied from the folder, so it can be run again after a failure and copies only what is still missing. The folder is
 * left as it was, for the operator to remove once the site has been checked.
 */
@ApplicationScoped
public class LibraryCopy {

    private static final int PAGE = 500;

    private final MediaStore store;

    LibraryCopy(MediaStore store) {
        this.store = store;
    }

    public record Report(int copied, int alreadyThere, List<String> missing) {
    }

    /** What was copied from {@code folder}, laid out as {@code masthead.uploads.dir} is; {@code progress} hears each file. */
    public Report copyFrom(Path folder, Consumer<String> progress) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(folder.toAbsolutePath() + " is not a folder");
        }
        if (store instanceof LocalMediaStore local && local.dir().toAbsolutePath().equals(folder.toAbsolutePath())) {
            throw new IllegalArgumentException("The library is already kept in " + folder.toAbsolutePath()
                    + "; set masthead.uploads.store=s3 and the bucket's settings first");
        }
        LocalMediaStore source = new LocalMediaStore(folder);
        int copied = 0;
        int there = 0;
        List<String> missing = new ArrayList<>();
        long after = 0;
        for (List<Upload> page = page(after); !page.isEmpty(); page = page(after)) {
            for (Upload upload : page) {
                after = upload.id;
                if (store.has(upload.storageKey)) {
                    there++;
                } else if (source.has(upload.storageKey)) {
                    store.put(upload.storageKey, source.path(upload.storageKey), upload.contentType, upload.fileName);
                    copied++;
                    progress.accept("copied " + upload.id + " " + upload.fileName);
                } else {
                    missing.add(upload.id + " " + upload.fileName + " (" + MediaStore.layout(upload.storageKey) + ")");
                }
            }
        }
        return new Report(copied, there, List.copyOf(missing));
    }

    @Transactional
    List<Upload> page(long after) {
        return Upload.<Upload> find("id > ?1 order by id", after).page(0, PAGE).list();
    }
}
