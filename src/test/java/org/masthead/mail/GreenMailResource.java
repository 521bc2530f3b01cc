package org.masthead.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
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
                "quarkus.mailer.start-tls", "DISABLED", "masthead.mail.send-every", "0.3s", "masthead.mail.first-retry", "1s",
                // a connection kept from before a restart must not stall a send for the default 30 s
                "quarkus.mailer.keep-alive", "false", "quarkus.mailer.timeout", "5s");
    }

    /** Starts the server and returns once it greets a client (a restart on the same port takes a moment). */
    static void startServer() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.setSoTimeout(1000);
                String greeting = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                        .readLine();
                if (greeting != null && greeting.startsWith("220")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("GreenMail did not greet on port " + port + " within 10 s");
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
