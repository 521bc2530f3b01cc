package org.masthead.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

import org.jboss.logging.Logger;

/**
 * Finds a Maven artifact in the local repository, downloading it from Maven Central (or the
 * configured mirror) the first time, checked against the repository's SHA-1. The server
 * binaries are big, so they are fetched by the dev stack when it first starts instead of being
 * dependencies of the application that would end up in the packaged jar.
 */
final class MavenArtifacts {

    private static final Logger LOG = Logger.getLogger(MavenArtifacts.class);

    private final Path localRepository;
    private final String remoteRepository;

    MavenArtifacts(Path localRepository, String remoteRepository) {
        this.localRepository = localRepository;
        this.remoteRepository = remoteRepository.endsWith("/") ? remoteRepository : remoteRepository + "/";
    }

    /** The local repository Maven itself uses: -Dmaven.repo.local, else ~/.m2/repository. */
    static Path defaultLocalRepository() {
        String configured = System.getProperty("maven.repo.local");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    Path resolve(String groupId, String artifactId, String version, String extension) {
        return resolve(groupId, artifactId, version, null, extension);
    }

    /** The artifact with a classifier ({@code jar-with-dependencies}), or the main one when it is null. */
    Path resolve(String groupId, String artifactId, String version, String classifier, String extension) {
        String relative = groupId.replace('.', '/') + "/" + artifactId + "/" + version + "/"
                + artifactId + "-" + version + (classifier == null ? "" : "-" + classifier) + "." + extension;
        Path local = localRepository.resolve(relative);
        if (Files.isRegularFile(local)) {
            return local;
        }
        download(remoteRepository + relative, local);
        return local;
    }

    private void download(String url, Path target) {
        LOG.infof("Downloading %s (first run only)", url);
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(20))
                .build();
        try {
            Files.createDirectories(target.getParent());
            Path partial = target.resolveSibling(target.getFileName() + ".part");
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                response.body().close();
                throw new DevStackException("Cannot download " + url + ": HTTP " + response.statusCode());
            }
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            try (InputStream in = response.body(); var out = Files.newOutputStream(partial)) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0;) {
                    sha1.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
            String expected = http.send(HttpRequest.newBuilder(URI.create(url + ".sha1")).build(),
                    HttpResponse.BodyHandlers.ofString()).body().trim().split("\\s+")[0];
            String actual = HexFormat.of().formatHex(sha1.digest());
            if (!actual.equalsIgnoreCase(expected)) {
                Files.deleteIfExists(partial);
                throw new DevStackException("Checksum mismatch for " + url + " (expected " + expected + ", got "
                        + actual + "); try again or check your network proxy");
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new DevStackException("Cannot download " + url + ": " + e.getMessage()
                    + " (set masthead.devstack.maven-repository to a reachable mirror)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevStackException("Interrupted while downloading " + url, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
