package dev.iosemu.cli.commands.connect;

import dev.iosemu.cli.ConsoleIo;
import dev.iosemu.cli.EscapeSequence;
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
 * Runs a session to another device on the local console until either end closes it or the escape sequence
 * suspends it. What the far end prints is shown as it comes; once it has printed a prompt and gone quiet, the
 * local console reads a line for it (unseen after {@code Password:}, one key at {@code --More--}) and sends it.
 * A line editor here, a line there: the console's own editing and the far end's echo are reconciled by {@link
 * RemoteText}.
 *
 * <p>A suspended relay keeps its connection and goes on reading it: what the far end prints meanwhile waits
 * (counted by {@link #unread()}) and shows when {@link #run} is called again to resume it, which then reads
 * the line the far end was waiting for when the escape was typed, with no prompt shown (the far end printed it
 * before), unless the far end has printed a new prompt meanwhile. The session thread runs {@link #run}; one virtual thread reads the connection into a queue.
 */
final class RemoteRelay {
    /** How a run ended. */
    enum End {
        /** The far end closed the connection. */
        CLOSED_THERE,
        /** The local side ended it: its input ended, or the command was cancelled. The connection is closed. */
        ENDED_HERE,
        /** The escape sequence was typed: the connection stays open for {@link #run} to resume. */
        SUSPENDED
    }

    /** How long the far end stays silent after a prompt before the prompt counts as waiting for input. */
    private static final Duration QUIET = Duration.ofMillis(80);

    private static final String CLOSED = new String("closed"); // compared by identity: the far end closed

    private final ConsoleIo io;
    private final RemoteLink link;
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final RemoteText text = new RemoteText();
    private volatile Thread reader; // started by the first run; interrupted by a close from any thread
    private InputKind suspendedAt; // session thread: the input the far end waited for when suspended

    RemoteRelay(ConsoleIo io, RemoteLink link) {
        this.io = io;
        this.link = link;
    }

    /**
     * Relays until the far end closes, the local side ends it or the escape sequence suspends it; the
     * connection is closed unless suspended.
     */
    End run(BooleanSupplier cancelled) {
        if (reader == null) {
            reader = Thread.ofVirtual().name("remote session").start(this::pump);
        }
        End end = End.ENDED_HERE;
        try {
            end = relay(cancelled);
            return end;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return end;
        } finally {
            if (end != End.SUSPENDED) {
                close();
            }
        }
    }

    private End relay(BooleanSupplier cancelled) throws InterruptedException {
        if (suspendedAt != null) {
            Optional<End> end = resumed();
            if (end.isPresent()) {
                return end.get();
            }
        }
        while (true) {
            String chunk = received.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS);
            if (chunk == CLOSED) {
                io.write(text.drain());
                return End.CLOSED_THERE;
            }
            if (chunk != null) {
                io.write(text.add(chunk));
            } else if (cancelled.getAsBoolean()) {
                return End.ENDED_HERE;
            } else {
                Optional<End> end = answer();
                if (end.isPresent()) {
                    return end.get();
                }
            }
        }
    }

    /**
     * Resuming: what came while suspended shows at once, then the line the far end waited for is read, unless it
     * has printed a new prompt meanwhile (the loop answers that one). An end, if it came or was typed.
     */
    private Optional<End> resumed() {
        InputKind kind = suspendedAt;
        suspendedAt = null;
        for (String chunk = received.poll(); chunk != null; chunk = received.poll()) {
            if (chunk == CLOSED) {
                io.write(text.drain());
                return Optional.of(End.CLOSED_THERE);
            }
            io.write(text.add(chunk));
        }
        return text.prompt().isPresent() ? Optional.empty() : answer("", kind);
    }

    /** The far end is quiet: a prompt is answered, anything else shown as it is. An end, if the answer was one. */
    private Optional<End> answer() {
        Optional<String> prompt = text.prompt();
        if (prompt.isEmpty()) {
            io.write(text.drain());
            return Optional.empty();
        }
        text.drain();
        if (RemoteText.isMore(prompt.get())) {
            int key = io.readKey(prompt.get());
            if (key < 0) {
                return Optional.of(End.ENDED_HERE);
            }
            text.pagerAnswered();
            send(String.valueOf((char) key));
            return Optional.empty();
        }
        return answer(prompt.get(), RemoteText.kindOf(prompt.get()));
    }

    /** Reads the line for {@code prompt} and sends it, or suspends at the escape sequence. */
    private Optional<End> answer(String prompt, InputKind kind) {
        String line = io.readLine(prompt, kind);
        if (line == null) {
            return Optional.of(End.ENDED_HERE);
        }
        if (EscapeSequence.suspends(line)) {
            suspendedAt = kind;
            return Optional.of(End.SUSPENDED);
        }
        text.sent(line, kind);
        send(line + link.enter());
        return Optional.empty();
    }

    /** The characters the far end printed that are not shown yet (IOS's {@code Byte} of {@code show sessions}). */
    int unread() {
        return received.stream()
                        .filter(chunk -> chunk != CLOSED)
                        .mapToInt(String::length)
                        .sum()
                + text.held();
    }

    /** Ends the connection (a suspended one, say); any thread. */
    void close() {
        try {
            link.close();
        } catch (IOException e) {
            // closed is what was wanted
        }
        if (reader != null) {
            reader.interrupt();
        }
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
