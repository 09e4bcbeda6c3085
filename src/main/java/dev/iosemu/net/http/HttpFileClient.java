package dev.iosemu.net.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Fetches ({@code GET}) and stores ({@code PUT}) one file over HTTP or HTTPS with the JDK's {@link
 * HttpClient}: HTTP/1.1, basic authentication when credentials are given (sent at once, as IOS does), no
 * redirects followed. HTTPS trusts the JDK's authorities and the lab's certificate, and checks the server's
 * name. A status other than 200 (201 or 204 for a store) is an {@link HttpException}. Runs on the calling
 * thread; interrupting it abandons the request. Thread-safe.
 */
public final class HttpFileClient implements AutoCloseable {
    private static final SSLContext TRUST = trust();

    private final HttpClient client;
    private final Duration timeout;

    private HttpFileClient(Duration timeout) {
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .sslContext(TRUST)
                .build();
    }

    /** A client that waits at most {@code timeout} to connect and for the server's answer. */
    public static HttpFileClient create(Duration timeout) {
        return new HttpFileClient(timeout);
    }

    /** A login for basic authentication. */
    public record Login(String user, String password) {
        String header() {
            return "Basic "
                    + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A file being fetched: its announced length, if any, and its bytes, which the caller closes. */
    public record Download(OptionalLong length, InputStream body) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            body.close();
        }
    }

    /** Asks for {@code uri}; returns once the server answered with the headers of the file. */
    public Download get(URI uri, Optional<Login> login) throws IOException {
        HttpRequest request = request(uri, login).GET().build();
        HttpResponse<InputStream> response = send(request, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            response.body().close();
            throw new HttpException(response.statusCode(), "GET " + uri.getPath() + ": " + response.statusCode());
        }
        OptionalLong length = response.headers().firstValueAsLong("Content-Length");
        return new Download(length, response.body());
    }

    /** Stores {@code size} bytes of {@code content} at {@code uri}. */
    public void put(URI uri, Optional<Login> login, ReadableByteChannel content, long size) throws IOException {
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofInputStream(() -> Channels.newInputStream(content)), size);
        HttpResponse<Void> response =
                send(request(uri, login).PUT(body).build(), HttpResponse.BodyHandlers.discarding());
        int status = response.statusCode();
        if (status != 200 && status != 201 && status != 204) {
            throw new HttpException(status, "PUT " + uri.getPath() + ": " + status);
        }
    }

    private HttpRequest.Builder request(URI uri, Optional<Login> login) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", "cisco-IOS");
        login.ifPresent(l -> builder.header("Authorization", l.header()));
        return builder;
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException {
        try {
            return client.send(request, handler);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            InterruptedIOException interrupted = new InterruptedIOException("request interrupted");
            interrupted.initCause(e);
            throw interrupted;
        }
    }

    /** Ends the client's connections and its selector thread. */
    @Override
    public void close() {
        client.close();
    }

    /** The JDK's trusted authorities plus the lab's certificate. */
    private static SSLContext trust() {
        try {
            TrustManagerFactory defaults = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            defaults.init((KeyStore) null);
            KeyStore anchors = KeyStore.getInstance(KeyStore.getDefaultType());
            anchors.load(null, null);
            int n = 0;
            for (var manager : defaults.getTrustManagers()) {
                if (manager instanceof X509TrustManager x509) {
                    for (X509Certificate issuer : x509.getAcceptedIssuers()) {
                        anchors.setCertificateEntry("ca" + n++, issuer);
                    }
                }
            }
            anchors.setCertificateEntry("iosemu-lab", LabCertificate.certificate());
            TrustManagerFactory all = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            all.init(anchors);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, all.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot set up HTTPS trust", e);
        }
    }
}
