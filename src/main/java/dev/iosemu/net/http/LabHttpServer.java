package dev.iosemu.net.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The lab's read-only file server over HTTP or HTTPS ({@code com.sun.net.httpserver}): {@code GET} and
 * {@code HEAD} of the regular files under one root, with their length announced; any other method is
 * {@code 405}, a missing file {@code 404}, and a path that would leave the root {@code 403}. HTTPS proves
 * itself with the {@link LabCertificate}. Each request runs on a virtual thread. Thread-safe.
 */
public final class LabHttpServer implements AutoCloseable {
    private static final int BUFFER = 256 * 1024;

    private final HttpServer server;
    private final ExecutorService requests;

    private LabHttpServer(HttpServer server, ExecutorService requests) {
        this.server = server;
        this.requests = requests;
    }

    /**
     * Serves {@code root} on {@code bindAddress}:{@code port} (0 picks a free one), over TLS when {@code
     * secure}.
     *
     * @throws IOException when the port cannot be bound
     */
    public static LabHttpServer start(InetAddress bindAddress, int port, Path root, boolean secure) throws IOException {
        InetSocketAddress address = new InetSocketAddress(bindAddress, port);
        HttpServer server;
        try {
            server = secure ? https(address) : HttpServer.create(address, 0);
        } catch (IOException e) {
            throw new IOException(
                    "cannot start " + (secure ? "HTTPS" : "HTTP") + " server on TCP " + bindAddress.getHostAddress()
                            + ":" + port + ": " + e.getMessage(),
                    e);
        }
        ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(requests);
        Path served = root.toAbsolutePath().normalize();
        server.createContext("/", exchange -> serve(exchange, served));
        server.start();
        return new LabHttpServer(server, requests);
    }

    /** An HTTPS server whose TLS context (the lab certificate) is made when the first client connects. */
    private static HttpsServer https(InetSocketAddress address) throws IOException {
        HttpsServer server = HttpsServer.create(address, 0);
        server.setHttpsConfigurator(new HttpsConfigurator(new DeferredSslContext(LabHttpServer::labContext)));
        return server;
    }

    private static SSLContext labContext() {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(LabCertificate.keyStore(), LabCertificate.password());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot set up the lab certificate", e);
        }
    }

    private static void serve(HttpExchange exchange, Path root) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            boolean head = method.equals("HEAD");
            if (!head && !method.equals("GET")) {
                exchange.getResponseHeaders().add("Allow", "GET, HEAD");
                reply(exchange, 405);
                return;
            }
            Path file = resolve(root, exchange.getRequestURI());
            if (file == null) {
                reply(exchange, 403);
            } else if (!Files.isRegularFile(file)) {
                reply(exchange, 404);
            } else {
                send(exchange, file, head);
            }
        }
    }

    /** The file a request names, or null when its path would leave the root. */
    private static Path resolve(Path root, URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (path.indexOf('\0') >= 0) {
            return null;
        }
        Path file = root.resolve(path.replaceFirst("^/+", "")).normalize();
        return file.startsWith(root) ? file : null;
    }

    private static void send(HttpExchange exchange, Path file, boolean head) throws IOException {
        long size = Files.size(file);
        exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
        if (head) {
            exchange.getResponseHeaders().add("Content-Length", Long.toString(size));
            exchange.sendResponseHeaders(200, -1);
            return;
        }
        exchange.sendResponseHeaders(200, size == 0 ? -1 : size);
        try (InputStream in = Files.newInputStream(file);
                OutputStream out = new BufferedOutputStream(exchange.getResponseBody(), BUFFER)) {
            in.transferTo(out);
        }
    }

    private static void reply(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
    }

    /** Where the server listens. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    @Override
    public void close() {
        server.stop(0);
        requests.shutdownNow();
    }
}
