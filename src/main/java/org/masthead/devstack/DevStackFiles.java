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
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

final class DevStackFiles {

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

    @FunctionalInterface
    interface IoAction {
        void run() throws IOException;
    }
}
