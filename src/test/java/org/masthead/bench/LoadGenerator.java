package org.masthead.bench;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A closed-loop HTTP/1.1 load generator in the spirit of wrk: each connection is one kept-alive
 * socket that sends its next GET as soon as the previous answer has been read in full. Plain
 * blocking sockets keep the generator's own CPU small, since it shares the machine with the app
 * and MariaDB. Latencies are recorded only after the warm-up.
 */
final class LoadGenerator {

    private LoadGenerator() {
    }

    /** What a run measured: every request's latency in nanoseconds, sorted, and the non-200 answers. */
    record Result(int connections, Duration duration, long[] latencies, int failures) {

        double perSecond() {
            return latencies.length / (duration.toNanos() / 1e9);
        }

        double percentileMillis(double fraction) {
            return latencies.length == 0 ? Double.NaN
                    : latencies[Math.min(latencies.length - 1, (int) (latencies.length * fraction))] / 1e6;
        }

        String line(String label) {
            return String.format(Locale.ROOT, "%-28s %4d conn %8.0f req/s   p50 %7.2f ms   p99 %7.2f ms   (%,d requests)", label,
                    connections, perSecond(), percentileMillis(0.50), percentileMillis(0.99), latencies.length);
        }
    }

    static Result run(int port, String path, int connections, Duration warmUp, Duration duration) throws Exception {
        byte[] request = ("GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAccept: text/html\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long end = measureFrom + duration.toNanos();
        List<Future<long[]>> workers = new ArrayList<>();
        int[] failures = new int[connections];
        for (int c = 0; c < connections; c++) {
            int connection = c;
            workers.add(pool.submit(() -> {
                long[] times = new long[1 << 14];
                int n = 0;
                Connection socket = new Connection(port);
                try {
                    while (true) {
                        long sent = System.nanoTime();
                        if (sent >= end) {
                            break;
                        }
                        int status = socket.exchange(request);
                        long took = System.nanoTime() - sent;
                        if (status != 200) {
                            failures[connection]++;
                        }
                        if (sent >= measureFrom) {
                            if (n == times.length) {
                                times = Arrays.copyOf(times, n * 2);
                            }
                            times[n++] = took;
                        }
                        if (socket.closed) {
                            socket = new Connection(port);
                        }
                    }
                } finally {
                    socket.socket.close();
                }
                return Arrays.copyOf(times, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> worker : workers) {
            all.add(worker.get());
        }
        pool.shutdown();
        long[] latencies = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(connections, duration, latencies, Arrays.stream(failures).sum());
    }

    /** One kept-alive connection: writes a request, reads the status, headers and body of the answer. */
    private static final class Connection {

        final Socket socket;
        final OutputStream out;
        final InputStream in;
        boolean closed;

        Connection(int port) throws IOException {
            socket = new Socket("127.0.0.1", port);
            socket.setTcpNoDelay(true);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
        }

        int exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            String statusLine = line();
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).strip());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closed = true;
                }
            }
            if (chunked) {
                for (long size = chunkSize(); size > 0; size = chunkSize()) {
                    skip(size);
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers
                }
            } else if (length >= 0) {
                skip(length);
            } else {
                closed = true;
                in.transferTo(OutputStream.nullOutputStream());
            }
            return status;
        }

        private long chunkSize() throws IOException {
            String size = line();
            int extension = size.indexOf(';');
            return Long.parseLong((extension < 0 ? size : size.substring(0, extension)).strip(), 16);
        }

        private void skip(long bytes) throws IOException {
            long left = bytes;
            while (left > 0) {
                long skipped = in.skip(left);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new EOFException("answer cut short");
                    }
                    skipped = 1;
                }
                left -= skipped;
            }
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new EOFException("connection closed mid-answer");
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }
    }
}
