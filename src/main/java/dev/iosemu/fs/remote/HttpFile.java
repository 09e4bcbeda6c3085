package dev.iosemu.fs.remote;

import dev.iosemu.fs.copy.TransferListener;
import dev.iosemu.net.http.HttpFileClient;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import javax.net.ssl.SSLHandshakeException;

/**
 * A file on an HTTP(S) server: a read is one {@code GET} whose announced length reaches the copy engine's
 * space check before the first byte, a write one {@code PUT}. Failures are {@link
 * dev.iosemu.net.http.HttpException}s (the status), or the socket's, except that what our side threw (out
 * of space, cancelled) is rethrown unchanged. Each transfer runs on the calling thread.
 *
 * @param uri the real address to ask (the lab's socket for a lab address), with the path
 * @param login basic-authentication credentials, if any
 * @param timeout how long to wait to connect and for the server's answer
 * @param events console progress and the lines of {@code debug ip http client}
 */
public record HttpFile(URI uri, Optional<HttpFileClient.Login> login, Duration timeout, RemoteTransferEvents events)
        implements RemoteFile {
    private static final int BUFFER = 256 * 1024;

    public HttpFile {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(events, "events");
    }

    @Override
    public void transferTo(WritableByteChannel target, TransferListener listener) throws IOException {
        try (HttpFileClient client = HttpFileClient.create(timeout)) {
            trace("GET " + uri.getRawPath());
            try (HttpFileClient.Download download = untrusted(() -> client.get(uri, login))) {
                trace("200 OK"
                        + (download.length().isPresent()
                                ? ", Content-Length " + download.length().getAsLong()
                                : ""));
                if (download.length().isPresent()) {
                    listener.sizeKnown(download.length().getAsLong());
                }
                events.started(download.length());
                copy(download.body(), target);
            }
        }
    }

    private void copy(InputStream body, WritableByteChannel target) throws IOException {
        byte[] buffer = new byte[BUFFER];
        for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
            ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
            while (chunk.hasRemaining()) {
                target.write(chunk);
            }
            events.transferred(n);
        }
    }

    @Override
    public void upload(ReadableByteChannel source, long size) throws IOException {
        try (HttpFileClient client = HttpFileClient.create(timeout)) {
            trace("PUT " + uri.getRawPath() + ", " + size + " bytes");
            events.started(OptionalLong.of(size));
            untrusted(() -> {
                client.put(uri, login, ProgressChannels.reading(source, events), size);
                return null;
            });
        }
    }

    /** A request whose failed TLS handshake (a certificate not trusted, a wrong name) is told to debugging. */
    private interface Request<T> {
        T send() throws IOException;
    }

    private <T> T untrusted(Request<T> request) throws IOException {
        try {
            return request.send();
        } catch (SSLHandshakeException e) {
            trace("TLS handshake failed: " + e.getMessage());
            throw e;
        }
    }

    private void trace(String line) {
        events.trace(TraceKind.EVENT, "HTTPC: " + line);
    }
}
