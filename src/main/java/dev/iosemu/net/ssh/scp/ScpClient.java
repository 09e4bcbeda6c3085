package dev.iosemu.net.ssh.scp;

import dev.iosemu.net.ssh.SshClient;
import dev.iosemu.net.ssh.SshClientChannel;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.time.Duration;
import java.util.Objects;

/**
 * The client's half of SCP over an {@link SshClient}: fetches one file ({@code scp -f}) or sends one
 * ({@code scp -t}), as IOS's {@code copy scp:} does. The path is sent as given (IOS servers take it
 * literally; a shell on an OpenSSH server splits it at spaces). Runs on the calling thread; interrupting it
 * closes the channel.
 */
public final class ScpClient {
    private ScpClient() {}

    /** What receives a fetched file. */
    @FunctionalInterface
    public interface Receiver {
        /**
         * The server announced the file; returns where its bytes go. Throwing (the file does not fit)
         * abandons the transfer before any byte moves, and the exception propagates.
         */
        WritableByteChannel accept(ScpHeader header) throws IOException;
    }

    /**
     * Fetches {@code path}; {@code timeout} bounds opening the channel and its close after the transfer.
     *
     * @throws ScpException the server refused (its text as message) or broke the protocol
     */
    public static void fetch(SshClient client, String path, Receiver receiver, Duration timeout) throws IOException {
        Objects.requireNonNull(receiver, "receiver");
        try (SshClientChannel channel = client.openExec("scp -f " + path, timeout)) {
            InputStream in = channel.stdout();
            OutputStream out = channel.stdin();
            ScpWire.ok(out);
            ScpHeader header = readHeader(in, out);
            WritableByteChannel target;
            try {
                target = receiver.accept(header);
            } catch (IOException | RuntimeException e) {
                ScpWire.error(out, "scp: " + header.name() + ": " + e.getMessage());
                throw e;
            }
            ScpWire.ok(out);
            ScpWire.copy(in, header.size(), target);
            ScpWire.expectOk(in);
            ScpWire.ok(out);
            out.close();
            channel.awaitClose(timeout);
        }
    }

    /** Skips time lines until the file's {@code C} line. */
    private static ScpHeader readHeader(InputStream in, OutputStream out) throws IOException {
        while (true) {
            int first = in.read();
            switch (first) {
                case 'C' -> {
                    return ScpHeader.parse("C" + ScpWire.readLine(in));
                }
                case 'T' -> {
                    ScpWire.readLine(in);
                    ScpWire.ok(out);
                }
                case 'D' -> throw new ScpException(ScpException.Kind.REFUSED, "not a regular file");
                case -1 -> throw new ScpException(ScpException.Kind.CONNECTION_LOST, "the server closed the channel");
                case ScpWire.ERROR, ScpWire.FATAL ->
                    throw new ScpException(ScpException.Kind.REFUSED, ScpWire.readLine(in));
                default ->
                    throw new ScpException(ScpException.Kind.PROTOCOL, "expected a file header, got byte " + first);
            }
        }
    }

    /**
     * Sends {@code header.size()} bytes of {@code content} as {@code header.name()} to {@code path} (a file,
     * or a directory the name goes into).
     *
     * @throws ScpException the server refused (its text as message) or broke the protocol
     */
    public static void send(
            SshClient client, String path, ScpHeader header, ReadableByteChannel content, Duration timeout)
            throws IOException {
        try (SshClientChannel channel = client.openExec("scp -t " + path, timeout)) {
            InputStream in = channel.stdout();
            OutputStream out = channel.stdin();
            ScpWire.expectOk(in);
            ScpWire.line(out, header.line());
            ScpWire.expectOk(in);
            ScpWire.copy(content, header.size(), out);
            ScpWire.ok(out);
            ScpWire.expectOk(in);
            out.close();
            channel.awaitClose(timeout);
        }
    }
}
