package dev.iosemu.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/**
 * What a remote client's screen shows, read off its connection by a thread of its own: the test types with
 * {@link #type} and waits (on a condition, never a sleep) until the screen shows what it expects. Bytes are
 * kept exactly as they came, CR LF included.
 */
final class Screen {
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final OutputStream keys;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition grown = lock.newCondition();
    private final StringBuilder text = new StringBuilder();
    private boolean ended;

    Screen(InputStream screen, OutputStream keys) {
        this.keys = keys;
        Thread.ofVirtual().name("screen").start(() -> pump(screen));
    }

    private void pump(InputStream screen) {
        byte[] buffer = new byte[4096];
        try {
            for (int n = screen.read(buffer); n >= 0; n = screen.read(buffer)) {
                append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            // the connection ended
        } finally {
            lock.lock();
            try {
                ended = true;
                grown.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    private void append(String bytes) {
        lock.lock();
        try {
            text.append(bytes);
            grown.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Sends {@code typed} as keystrokes, exactly. */
    Screen type(String typed) throws IOException {
        keys.write(typed.getBytes(StandardCharsets.UTF_8));
        keys.flush();
        return this;
    }

    /** Everything shown so far. */
    String text() {
        lock.lock();
        try {
            return text.toString();
        } finally {
            lock.unlock();
        }
    }

    int length() {
        return text().length();
    }

    /** Waits until the screen, from {@code from} on, shows {@code expected}; returns the index after it. */
    int await(int from, String expected) {
        awaitUntil(t -> t.indexOf(expected, from) >= 0, "'" + expected + "'");
        return text().indexOf(expected, from) + expected.length();
    }

    /** Waits until the screen ends with {@code expected} (a prompt waiting for input). */
    void awaitEnding(String expected) {
        awaitUntil(t -> t.endsWith(expected), "the screen to end with '" + expected + "'");
    }

    /** Types {@code line} and Enter and returns what followed, up to and including the next {@code prompt}. */
    String command(String line, String prompt) throws IOException {
        int from = length();
        type(line + "\r");
        awaitUntil(t -> t.length() > from + line.length() && t.endsWith(prompt), "'" + prompt + "' after " + line);
        return text().substring(from);
    }

    /** Waits until the connection ends. */
    void awaitEnd() {
        awaitUntil(t -> ended, "the connection to end");
    }

    private void awaitUntil(Predicate<String> done, String what) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        lock.lock();
        try {
            while (!done.test(text.toString())) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("timed out waiting for " + what + "; the screen shows:\n" + text);
                }
                if (ended && !done.test(text.toString())) {
                    throw new AssertionError("the connection ended before " + what + "; the screen shows:\n" + text);
                }
                grown.await(left, TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for " + what, e);
        } finally {
            lock.unlock();
        }
    }
}
