package org.masthead.mail;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A real SMTP server (GreenMail) for the mail tests, in the test JVM on a free port; it can be stopped and started again. */
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {

    static int port;
    static volatile GreenMail server;

    @Override
    public Map<String, String> start() {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        startServer();
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", Integer.toString(port),
                "quarkus.mailer.mock", "false", "quarkus.mailer.from", "Masthead <desk@news.example>",
                "quarkus.mailer.start-tls", "DISABLED", "masthead.mail.send-every", "0.3s", "masthead.mail.first-retry", "1s");
    }

    static void startServer() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    static void stopServer() {
        server.stop();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
