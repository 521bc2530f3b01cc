package org.masthead.devstack;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;

/**
 * A real S3 API over a folder: S3Proxy (org.gaul:s3proxy, its jar with dependencies from Maven Central) with jclouds'
 * filesystem backend, signed requests required, one bucket made at start. The tests and the local cluster use it where
 * production uses AWS, MinIO or any S3-compatible store.
 */
public final class S3ProxyServer {

    private static final Logger LOG = Logger.getLogger(S3ProxyServer.class);

    public static final String VERSION = "2.6.0";
    public static final String BUCKET = "masthead-media";
    public static final String ACCESS_KEY = "masthead-dev";
    public static final String SECRET_KEY = "masthead-dev-secret";

    private final DevStackSettings settings;
    private final Path dir;
    private final int port;
    private final ServerProcess process;

    /** A server keeping its objects under {@code dir}/data, on {@code port} of the loopback interface. */
    public S3ProxyServer(DevStackSettings settings, Path dir, int port) {
        this.settings = settings;
        this.dir = dir.toAbsolutePath();
        this.port = port;
        this.process = new ServerProcess("S3Proxy", this.dir.resolve("run/s3proxy.pid"), this.dir.resolve("run/s3proxy.log"));
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    /** The folder that holds the bucket's objects, one file per key ({@code ab/abcd….jpg} is a subfolder and a file). */
    public Path bucketDir() {
        return dir.resolve("data").resolve(BUCKET);
    }

    /** Empties the store (before a start). */
    public void deleteData() {
        try {
            DevStackFiles.deleteRecursively(dir.resolve("data"));
        } catch (IOException e) {
            throw new DevStackException("Cannot delete " + dir.resolve("data") + ": " + e.getMessage(), e);
        }
    }

    public void start() {
        process.stopLeftover();
        Path jar = settings.artifacts().resolve("org.gaul", "s3proxy", VERSION, "jar-with-dependencies", "jar");
        Path properties = dir.resolve("run/s3proxy.properties");
        try {
            Files.createDirectories(bucketDir());
            Files.createDirectories(properties.getParent());
            Files.writeString(properties, String.join("\n",
                    "s3proxy.endpoint=" + endpoint(),
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + ACCESS_KEY,
                    "s3proxy.credential=" + SECRET_KEY,
                    "jclouds.provider=filesystem",
                    "jclouds.filesystem.basedir=" + dir.resolve("data")) + "\n");
        } catch (IOException e) {
            throw new DevStackException("Cannot prepare S3Proxy in " + dir + ": " + e.getMessage(), e);
        }
        LOG.infof("Starting S3Proxy %s on port %d (log: %s)", VERSION, port, process.logFile());
        Process started = process.start(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
                "-jar", jar.toString(), "--properties", properties.toString()), dir, Map.of());
        process.awaitReady(started, Duration.ofSeconds(60), this::listening);
    }

    public void stop() {
        process.stop();
    }

    private boolean listening() {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The settings that point the application's media library at this server's bucket. */
    public Map<String, String> configuration() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("masthead.uploads.store", "s3");
        properties.put("masthead.uploads.s3.endpoint", endpoint());
        properties.put("masthead.uploads.s3.bucket", BUCKET);
        properties.put("masthead.uploads.s3.path-style", "true");
        properties.put("masthead.uploads.s3.access-key-id", ACCESS_KEY);
        properties.put("masthead.uploads.s3.secret-access-key", SECRET_KEY);
        return properties;
    }
}
