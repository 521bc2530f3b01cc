package org.masthead.media;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.masthead.devstack.DevStackSettings;
import org.masthead.devstack.S3ProxyServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A real S3Proxy for the tests that keep the library in a bucket; its objects are files under target/s3proxy/data. */
public class S3ProxyResource implements QuarkusTestResourceLifecycleManager {

    static S3ProxyServer server;

    @Override
    public Map<String, String> start() {
        Path dir = Path.of("target/s3proxy");
        server = new S3ProxyServer(DevStackSettings.from(key -> Optional.ofNullable(System.getProperty(key))), dir, freePort());
        server.deleteData();
        server.start();
        return server.configuration();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
