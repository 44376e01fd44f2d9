package com.geokg.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The GraphQL side's HTTP client: one keep-alive HTTP/1.1 connection per client thread, a POST
 * written in one go, the answer read by its {@code Content-Length} (or chunk by chunk). It does
 * for HTTP what the driver does for Bolt on the raw side: a pooled connection and nothing else,
 * so that client CPU, which shares the machine's two cores with the service and Neo4j, does not
 * weigh on one side more than on the other ({@code java.net.http.HttpClient}, with its selector
 * thread and futures, cost about as much CPU per request as the whole Bolt round trip).
 * Loopback only; every read has a timeout.
 */
final class KeepAliveHttp implements AutoCloseable {

    private static final int TIMEOUT_MILLIS = 30_000;
    private static final int MAX_HEADER_BYTES = 64 * 1024;

    private final URI uri;
    private final List<Socket> opened = new ArrayList<>();
    private final ThreadLocal<Connection> connections = ThreadLocal.withInitial(this::open);

    KeepAliveHttp(URI uri) {
        if (!"127.0.0.1".equals(uri.getHost())) {
            throw new IllegalArgumentException("the benchmark talks to 127.0.0.1 only, not " + uri.getHost());
        }
        this.uri = uri;
    }

    /** POSTs a JSON body; returns the response body, or throws on any status but 200. */
    byte[] postJson(byte[] body) throws IOException {
        Connection c = connections.get();
        try {
            return c.exchange(body);
        } catch (IOException broken) {
            connections.remove();
            throw broken;
        }
    }

    private synchronized Connection open() {
        try {
            var socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), TIMEOUT_MILLIS);
            opened.add(socket);
            return new Connection(socket);
        } catch (IOException e) {
            throw new IllegalStateException("cannot connect to " + uri, e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        for (Socket s : opened) {
            s.close();
        }
    }

    private final class Connection {
        private final InputStream in;
        private final OutputStream out;
        private final byte[] head;

        Connection(Socket socket) throws IOException {
            this.in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
            this.out = socket.getOutputStream();
            this.head = ("POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: ")
                    .getBytes(StandardCharsets.US_ASCII);
        }

        byte[] exchange(byte[] body) throws IOException {
            var request = new ByteArrayOutputStream(head.length + body.length + 16);
            request.write(head);
            request.write((body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            request.write(body);
            request.writeTo(out);
            out.flush();

            String status = line();
            long length = -1;
            boolean chunked = false;
            int headerBytes = 0;
            for (String header = line(); !header.isEmpty(); header = line()) {
                headerBytes += header.length();
                if (headerBytes > MAX_HEADER_BYTES) {
                    throw new IOException("response headers too long");
                }
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring("content-length:".length()).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                }
            }
            byte[] answer = chunked ? chunkedBody() : in.readNBytes((int) length);
            if (!chunked && (length < 0 || answer.length != length)) {
                throw new IOException("response without a complete Content-Length body");
            }
            if (!status.startsWith("HTTP/1.1 200")) {
                throw new IllegalStateException(status + ": " + new String(answer, StandardCharsets.UTF_8));
            }
            return answer;
        }

        private byte[] chunkedBody() throws IOException {
            var body = new ByteArrayOutputStream();
            for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                    size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                body.write(in.readNBytes(size));
                line();
            }
            line();
            return body.toByteArray();
        }

        private String line() throws IOException {
            var line = new StringBuilder();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("connection closed by the service");
                }
                if (b != '\r') {
                    line.append((char) b);
                }
                if (line.length() > MAX_HEADER_BYTES) {
                    throw new IOException("response line too long");
                }
            }
            return line.toString();
        }
    }
}
