package org.masthead.cdn;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Debian's Varnish (packages varnish and varnish-modules) started by the test run with docker/varnish/default.vcl,
 * its backend pointed at the app under test: the app gets a fixed port for that, and Varnish as its purge endpoint.
 */
public class VarnishServer implements QuarkusTestResourceLifecycleManager {

    public static final Path VARNISHD = Path.of("/usr/sbin/varnishd");
    static int port;
    static int purgePort;
    static int appPort;
    private Process varnish;

    static boolean available() {
        return Files.isExecutable(VARNISHD);
    }

    @Override
    public Map<String, String> start() {
        if (!available()) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("varnishd is missing: .ci/run installs varnish and varnish-modules");
            }
            return Map.of();
        }
        try {
            port = freePort();
            purgePort = freePort();
            appPort = freePort();
            Path dir = Path.of("target/varnish").toAbsolutePath();
            Files.createDirectories(dir);
            String vcl = Files.readString(Path.of("docker/varnish/default.vcl")).replace(".host = \"app\";", ".host = \"127.0.0.1\";")
                    .replace(".port = \"8080\";", ".port = \"" + appPort + "\";").replace(".interval = 5s;", ".interval = 1s;")
                    .replace(".threshold = 3;", ".threshold = 1;").replace(".window = 5;", ".window = 1;");
            varnish = launch(dir, vcl, port, purgePort);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return Map.of("quarkus.http.test-port", Integer.toString(appPort), "masthead.cdn.purge-urls",
                "http://127.0.0.1:" + purgePort + "/");
    }

    /**
     * Starts varnishd in {@code dir} with {@code vcl} (which may include masthead.vcl, copied beside it) on loopback
     * {@code port} for readers and {@code purgePort} for purges, and waits until it listens.
     */
    public static Process launch(Path dir, String vcl, int port, int purgePort) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path file = Files.writeString(dir.resolve("test.vcl"), vcl);
        Files.copy(Path.of("docker/varnish/masthead.vcl"), dir.resolve("masthead.vcl"), StandardCopyOption.REPLACE_EXISTING);
        Process varnish = new ProcessBuilder(List.of(VARNISHD.toString(), "-F", "-n", dir.resolve("work").toString(), "-a",
                "127.0.0.1:" + port, "-a", "purge=127.0.0.1:" + purgePort, "-T", "127.0.0.1:0", "-p", "vcl_path=" + dir, "-f", file.toString(), "-s", "malloc,64m"))
                .redirectErrorStream(true).redirectOutput(dir.resolve("varnishd.log").toFile()).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!listening(port)) {
            if (!varnish.isAlive() || Instant.now().isAfter(deadline)) {
                varnish.destroy();
                throw new IllegalStateException("Varnish did not start; see " + dir.resolve("varnishd.log"));
            }
            Thread.sleep(100);
        }
        return varnish;
    }

    @Override
    public void stop() {
        if (varnish != null) {
            varnish.destroy();
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
