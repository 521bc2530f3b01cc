package org.masthead.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.jboss.logging.Logger;

final class DevStackFiles {

    private static final Logger LOG = Logger.getLogger(DevStackFiles.class);

    private DevStackFiles() {
    }

    static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Runs {@code work} holding an exclusive lock on {@code lockFile}, so two builds never unpack into one folder. */
    static void locked(Path lockFile, IoAction work) throws IOException {
        Files.createDirectories(lockFile.getParent());
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock ignored = channel.lock()) {
            work.run();
        }
    }

    /**
     * Unpacks the entries of {@code zipFile} under {@code prefix} into {@code target}, marking files in
     * bin/ and scripts/ folders executable (zip entries read by Java carry no permissions).
     */
    static void unpack(Path zipFile, String prefix, Path target) throws IOException {
        deleteRecursively(target);
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory() || !entry.getName().startsWith(prefix)) {
                    continue;
                }
                Path file = target.resolve(entry.getName().substring(prefix.length())).normalize();
                if (!file.startsWith(target)) {
                    continue;
                }
                Files.createDirectories(file.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
                if (file.getParent().getFileName().toString().matches("bin|scripts")) {
                    file.toFile().setExecutable(true);
                }
            }
        }
    }

    /**
     * Unpacks {@code prefix} of the archive into {@code target} unless an earlier run finished doing
     * so (a marker file is written last); the archive is only fetched when it is needed.
     */
    static Path unpackOnce(Supplier<Path> archive, String prefix, Path target, String what) {
        Path marker = target.resolve(".complete");
        if (Files.isRegularFile(marker)) {
            return target;
        }
        Path file = archive.get();
        try {
            locked(target.resolveSibling(".lock"), () -> {
                if (!Files.isRegularFile(marker)) {
                    LOG.infof("Unpacking %s into %s (first run only)", what, target);
                    unpack(file, prefix, target);
                    Files.writeString(marker, prefix);
                }
            });
        } catch (IOException e) {
            throw new DevStackException("Cannot unpack " + what + " from " + file + ": " + e.getMessage(), e);
        }
        return target;
    }

    @FunctionalInterface
    interface IoAction {
        void run() throws IOException;
    }
}
