package dev.iosemu.cli.commands.connect;

import dev.iosemu.cli.ConsoleIo;
import dev.iosemu.cli.InputKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Runs a session to another device on the local console until either end closes it. What the far end prints
 * is shown as it comes; once it has printed a prompt and gone quiet, the local console reads a line for it
 * (unseen after {@code Password:}, one key at {@code --More--}) and sends it. A line editor here, a line
 * there: the console's own editing and the far end's echo are reconciled by {@link RemoteText}.
 *
 * <p>The session thread runs {@link #run}; one virtual thread reads the connection into a queue.
 */
final class RemoteRelay {
    /** How long the far end stays silent after a prompt before the prompt counts as waiting for input. */
    private static final Duration QUIET = Duration.ofMillis(80);

    private static final String CLOSED = new String("closed"); // compared by identity: the far end closed

    private final ConsoleIo io;
    private final RemoteLink link;
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final RemoteText text = new RemoteText();

    RemoteRelay(ConsoleIo io, RemoteLink link) {
        this.io = io;
        this.link = link;
    }

    /**
     * Relays until the far end closes (true) or the local side ends it: its input ended or {@code cancelled}
     * says so (false). The connection is closed either way.
     */
    boolean run(BooleanSupplier cancelled) throws IOException {
        Thread reader = Thread.ofVirtual().name("remote session").start(this::pump);
        try {
            while (true) {
                String chunk = received.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS);
                if (chunk == CLOSED) {
                    io.write(text.drain());
                    return true;
                }
                if (chunk != null) {
                    io.write(text.add(chunk));
                } else if (cancelled.getAsBoolean() || !answer()) {
                    return false;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            link.close();
            reader.interrupt();
        }
    }

    /** The far end is quiet: a prompt is answered, anything else shown as it is. False when input ended. */
    private boolean answer() {
        Optional<String> prompt = text.prompt();
        if (prompt.isEmpty()) {
            io.write(text.drain());
            return true;
        }
        text.drain();
        if (RemoteText.isMore(prompt.get())) {
            int key = io.readKey(prompt.get());
            if (key < 0) {
                return false;
            }
            text.pagerAnswered();
            send(String.valueOf((char) key));
            return true;
        }
        InputKind kind = RemoteText.kindOf(prompt.get());
        String line = io.readLine(prompt.get(), kind);
        if (line == null) {
            return false;
        }
        text.sent(line, kind);
        send(line + link.enter());
        return true;
    }

    /** Sends keys; a connection the far end has just closed is left to the reader to report. */
    private void send(String keys) {
        try {
            OutputStream out = link.output();
            out.write(keys.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        } catch (IOException e) {
            // the reader sees the end next
        }
    }

    /** Reads the far end until it closes, each read a chunk of text; the end is the {@link #CLOSED} mark. */
    private void pump() {
        byte[] buffer = new byte[8192];
        try {
            InputStream in = link.input();
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (n > 0) {
                    received.add(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
                }
            }
        } catch (IOException e) {
            // the connection broke or was closed here: the same end for the session
        } finally {
            received.add(CLOSED);
        }
    }
}
