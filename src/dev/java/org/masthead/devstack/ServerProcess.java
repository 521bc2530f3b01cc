package org.masthead.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.jboss.logging.Logger;

/**
 * Starts and stops one development server as a child process, tracked by a pid file so that it
 * can be stopped from any class loader of this JVM (Quarkus reloads the application in its own
 * loader) and so that a server left behind by a killed run is found and stopped on the next run.
 */
final class ServerProcess {

    private static final Logger LOG = Logger.getLogger(ServerProcess.class);

    private final String name;
    private final Path pidFile;
    private final Path logFile;

    ServerProcess(String name, Path pidFile, Path logFile) {
        this.name = name;
        this.pidFile = pidFile;
        this.logFile = logFile;
    }

    Path logFile() {
        return logFile;
    }

    /** A free TCP port on this machine, for servers whose configured port is 0. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void requireFreePort(int port, String what, String property) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new DevStackException("Port " + port + " for the development " + what
                    + " is already in use by another program; stop that program or choose another port with -D"
                    + property + "=<port>");
        }
    }

    /** Stops a server of ours that an earlier run left behind (its JVM was killed before it could). */
    void stopLeftover() {
        running().ifPresent(process -> {
            LOG.infof("Stopping the %s left running by an earlier run (pid %d)", name, process.pid());
            stopTree(process);
        });
    }

    Optional<ProcessHandle> running() {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            // After a reboot the pid may belong to someone else's program: only ours (started from this folder) count.
            String folder = pidFile.getParent().getParent().toString();
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().commandLine().map(line -> line.contains(folder)).orElse(false)
                            || p.info().arguments().map(args -> String.join(" ", args).contains(folder)).orElse(false));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    boolean isRunning() {
        return running().isPresent();
    }

    Process start(List<String> command, Path workingDirectory, Map<String, String> environment) {
        try {
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            Files.writeString(pidFile, Long.toString(process.pid()));
            return process;
        } catch (IOException e) {
            throw new DevStackException("Cannot start the development " + name + ": " + e.getMessage(), e);
        }
    }

    /** Waits until {@code ready} holds; fails with the tail of the server's log when it dies or times out. */
    void awaitReady(Process process, Duration timeout, BooleanSupplier ready) {
        Instant deadline = Instant.now().plus(timeout);
        while (!ready.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new DevStackException("The development " + name + " exited with code " + process.exitValue()
                        + "; see " + logFile + lastLogLine());
            }
            if (Instant.now().isAfter(deadline)) {
                stop();
                throw new DevStackException("The development " + name + " did not become ready within "
                        + timeout.toSeconds() + " s; see " + logFile + lastLogLine());
            }
            sleep(200);
        }
    }

    void stop() {
        running().ifPresent(ServerProcess::stopTree);
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            LOG.debugf("Could not delete %s: %s", pidFile, e);
        }
    }

    private static void stopTree(ProcessHandle process) {
        List<ProcessHandle> tree = Stream.concat(Stream.of(process), process.descendants()).toList();
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        }
    }

    private String lastLogLine() {
        try (Stream<String> lines = Files.lines(logFile)) {
            return lines.filter(line -> !line.isBlank()).reduce((first, second) -> second)
                    .map(line -> " (last line: " + line.strip() + ")").orElse("");
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevStackException("Interrupted while waiting for a development server", e);
        }
    }
}
