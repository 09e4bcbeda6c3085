package dev.iosemu.net.ssh.scp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;

/**
 * The server's half of SCP over one exec channel's streams. Receiving ({@code scp -t}), each {@code C}
 * line is checked by {@link ScpFiles#create} before it is acknowledged, the bytes go to the file, and the
 * file is committed only after the client's closing status and before the server's last acknowledgement,
 * so a client that waits for it finds the file in place; a transfer cut short, or a client that reports an
 * error of its own, leaves nothing. Times ({@code T}) are acknowledged and ignored; directories are
 * refused. Sending ({@code scp -f}), the file's {@code C} line and bytes follow the client's first status.
 *
 * <p>Runs on the caller's thread, which the streams block; one instance per request.
 */
public final class ScpServing {
    private final InputStream in;
    private final OutputStream out;
    private final ScpFiles files;

    private ScpServing(InputStream in, OutputStream out, ScpFiles files) {
        this.in = Objects.requireNonNull(in, "in");
        this.out = Objects.requireNonNull(out, "out");
        this.files = Objects.requireNonNull(files, "files");
    }

    /**
     * Serves {@code request}; returns the exit status to end the channel with (0 when every file moved).
     * A refusal is sent to the client as an error status, never thrown.
     *
     * @throws IOException when the channel itself fails
     */
    public static int serve(ScpRequest request, InputStream in, OutputStream out, ScpFiles files) throws IOException {
        ScpServing serving = new ScpServing(in, out, files);
        return switch (request.direction()) {
            case RECEIVE -> serving.receive(request.path());
            case SEND -> serving.send(request.path());
        };
    }

    /**
     * Like {@link #serve}, but a client that broke the protocol or left mid-transfer is an exit status of 1,
     * told to the client when it can still hear it, not an exception: what a server does about a bad client.
     * Nothing of such a transfer was kept.
     */
    public static int serveQuietly(ScpRequest request, InputStream in, OutputStream out, ScpFiles files)
            throws IOException {
        try {
            return serve(request, in, out, files);
        } catch (ScpException e) {
            if (e.kind() == ScpException.Kind.PROTOCOL) {
                try {
                    ScpWire.error(out, "scp: protocol error: " + e.getMessage());
                } catch (IOException gone) {
                    // the client has gone already
                }
            }
            return 1;
        }
    }

    /** Refuses a request with {@code text} ({@code Privilege denied.}), as the only thing the client reads. */
    public static void refuse(OutputStream out, String text) throws IOException {
        ScpWire.error(out, text);
    }

    private int receive(String path) throws IOException {
        ScpWire.ok(out);
        int status = 0;
        for (int first = in.read(); first >= 0; first = in.read()) {
            switch (first) {
                case 'C' -> {
                    if (!receiveFile(path, ScpHeader.parse("C" + ScpWire.readLine(in)))) {
                        return 1;
                    }
                }
                case 'T', 'E' -> {
                    ScpWire.readLine(in);
                    ScpWire.ok(out);
                }
                case 'D' -> {
                    ScpWire.readLine(in);
                    ScpWire.error(out, "scp: " + path + ": directories are not supported");
                    return 1;
                }
                case ScpWire.ERROR, ScpWire.FATAL -> {
                    ScpWire.readLine(in); // the client gave up on a file of its own; nothing was sent
                    status = 1;
                }
                case ScpWire.OK -> {}
                default -> {
                    ScpWire.error(out, "scp: protocol error: unexpected byte " + first);
                    return 1;
                }
            }
        }
        return status;
    }

    /** One file after its {@code C} line; false when the transfer cannot go on. */
    private boolean receiveFile(String path, ScpHeader header) throws IOException {
        ScpIncoming incoming;
        try {
            incoming = files.create(path, header);
        } catch (IOException e) {
            ScpWire.error(out, text(e));
            return false;
        }
        try (incoming) {
            ScpWire.ok(out);
            ScpWire.copy(in, header.size(), incoming.channel());
            ScpWire.expectOk(in);
            incoming.commit();
        } catch (ScpException e) {
            if (e.kind() == ScpException.Kind.REFUSED) {
                return false; // the client reported its own failure and expects nothing back
            }
            throw e;
        } catch (IOException e) {
            // the file could not be stored (the flash filled up); the client still sends what it announced
            drainQuietly(header.size());
            ScpWire.error(out, text(e));
            return false;
        }
        ScpWire.ok(out);
        return true;
    }

    private int send(String path) throws IOException {
        ScpWire.expectOk(in);
        ScpOutgoing outgoing;
        try {
            outgoing = files.open(path);
        } catch (IOException e) {
            ScpWire.error(out, text(e));
            return 1;
        }
        try (outgoing) {
            ScpWire.line(out, outgoing.header().line());
            ScpWire.expectOk(in);
            ScpWire.copy(outgoing.content(), outgoing.header().size(), out);
            ScpWire.ok(out);
            ScpWire.expectOk(in);
        } catch (ScpException e) {
            if (e.kind() == ScpException.Kind.REFUSED) {
                return 1;
            }
            throw e;
        }
        return 0;
    }

    private void drainQuietly(long size) {
        try {
            ScpWire.copy(in, size, java.nio.channels.Channels.newChannel(OutputStream.nullOutputStream()));
            in.read(); // the client's closing status
        } catch (IOException e) {
            // the client has gone; nothing more to tell it
        }
    }

    private static String text(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
