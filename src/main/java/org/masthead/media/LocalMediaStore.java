package org.masthead.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** The library in a folder of this node, in subfolders named by the first two characters of each key. */
public final class LocalMediaStore implements MediaStore {

    private final Path dir;

    public LocalMediaStore(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    Path path(String key) {
        return dir.resolve(MediaStore.layout(key));
    }

    @Override
    public void put(String key, Path file, String contentType, String fileName) {
        Path target = path(key);
        try {
            Files.createDirectories(target.getParent());
            Path partial = target.resolveSibling(key + ".part");
            Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new Unavailable("Cannot store the file in " + target.getParent() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<MediaObject> open(String key) {
        Path file = path(key);
        try {
            return Files.isRegularFile(file) ? Optional.of(new MediaObject(file, null, Files.size(file))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean has(String key) {
        return Files.isRegularFile(path(key));
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(path(key));
        } catch (IOException e) {
            throw new Unavailable("Cannot delete " + path(key) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<String> problem() {
        try {
            Files.createDirectories(dir);
            return Files.isWritable(dir) ? Optional.empty() : Optional.of("the folder " + dir.toAbsolutePath() + " is not writable");
        } catch (IOException e) {
            return Optional.of("cannot create the folder " + dir.toAbsolutePath() + ": " + e.getMessage());
        }
    }

    @Override
    public String describe() {
        return "the folder " + dir.toAbsolutePath();
    }
}
