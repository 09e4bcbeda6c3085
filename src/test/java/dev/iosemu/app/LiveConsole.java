package dev.iosemu.app;

import dev.iosemu.cli.CliSession;
import dev.iosemu.cli.ConsoleIo;
import dev.iosemu.cli.InputKind;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/**
 * A console a test types into from its own thread while the session runs on another, as a person at a
 * terminal would: {@link #type} queues a line, {@link #awaitText} waits (on a condition, never a sleep)
 * until the transcript shows something. Everything the session shows is kept in order.
 */
final class LiveConsole implements ConsoleIo {
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final LinkedBlockingQueue<Optional<String>> input = new LinkedBlockingQueue<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition grown = lock.newCondition();
    private final StringBuilder transcript = new StringBuilder();
    private Thread thread;

    /** Runs {@code session} (whose I/O is this console) on a new thread until it ends. */
    void start(CliSession session, String name) {
        thread = Thread.ofPlatform().name(name).daemon().start(session::run);
    }

    /** Queues {@code lines}, each answering the next prompt the session shows. */
    void type(String... lines) {
        for (String line : lines) {
            input.add(Optional.of(line));
        }
    }

    /** Ends the input, as a closed terminal does. */
    @Override
    public void hangUp() {
        input.add(Optional.empty());
    }

    /** Waits until the transcript, from {@code from} on, contains {@code text}; returns the index after it. */
    int awaitText(int from, String text) {
        awaitUntil(t -> t.indexOf(text, from) >= 0, "'" + text + "'");
        return transcript().indexOf(text, from) + text.length();
    }

    /** Waits until the session waits for input at {@code prompt} (the transcript ends with it). */
    void awaitPrompt(String prompt) {
        awaitUntil(t -> t.endsWith(prompt), "the prompt '" + prompt + "'");
    }

    /** Waits until the session's thread has ended. */
    void awaitEnd() throws InterruptedException {
        thread.join(PATIENCE.toMillis());
        if (thread.isAlive()) {
            throw new AssertionError("the session did not end; transcript:\n" + transcript());
        }
    }

    String transcript() {
        lock.lock();
        try {
            return transcript.toString();
        } finally {
            lock.unlock();
        }
    }

    private void awaitUntil(Predicate<String> done, String what) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        lock.lock();
        try {
            while (!done.test(transcript.toString())) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !grown.await(left, TimeUnit.NANOSECONDS) && !done.test(transcript.toString())) {
                    throw new AssertionError("waited in vain for " + what + "; transcript:\n" + transcript);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + what, e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String readLine(String prompt, InputKind kind) {
        append(prompt);
        Optional<String> line = take();
        line.ifPresent(text -> append(kind == InputKind.SECRET ? "\n" : text + "\n"));
        return line.orElse(null);
    }

    @Override
    public int readKey(String prompt) {
        return take().map(line -> line.isEmpty() ? '\r' : (int) line.charAt(0)).orElse(-1);
    }

    @Override
    public void write(String text) {
        append(text);
    }

    @Override
    public void printAbove(String message) {
        append(message + "\n");
    }

    private Optional<String> take() {
        try {
            return input.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private void append(String text) {
        lock.lock();
        try {
            transcript.append(text);
            grown.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
