package dev.iosemu.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A console without a terminal: lines come from a supplier (a test's queue, or stdin in batch mode)
 * and everything a terminal would show goes to an {@link Appendable}: prompt and echoed input,
 * answers after their prompts, output. The {@code --More--} prompt is erased as on a terminal.
 *
 * <p>The lock guards the appendable: the session thread writes, and any thread may print above.
 */
final class TranscriptIo implements ConsoleIo {
    private final Supplier<String> lines;
    private final Appendable out;
    private final ReentrantLock lock = new ReentrantLock();
    private String unanswered;

    TranscriptIo(Supplier<String> lines, Appendable out) {
        this.lines = lines;
        this.out = out;
    }

    @Override
    public String readLine(String prompt, InputKind kind) {
        String line = lines.get();
        while (line != null && InputLine.tooLong(line)) {
            append(prompt + "\n" + InputLine.TOO_LONG);
            line = lines.get();
        }
        if (line == null) {
            append(prompt);
            if (kind != InputKind.COMMAND) {
                unanswered = prompt;
            }
            return null;
        }
        append(kind == InputKind.SECRET ? prompt + "\n" : prompt + visible(line) + "\n");
        return line;
    }

    /** Control characters as a terminal echoes them: Ctrl-Z shows as {@code ^Z}. */
    static String visible(String line) {
        StringBuilder text = new StringBuilder(line.length());
        for (char c : line.toCharArray()) {
            if (c < 0x20 && c != '\t') {
                text.append('^').append((char) (c + '@'));
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    @Override
    public int readKey(String prompt) {
        String line = lines.get();
        if (line == null) {
            unanswered = prompt;
            return -1;
        }
        return line.isEmpty() ? '\r' : line.charAt(0);
    }

    @Override
    public void write(String text) {
        append(text);
    }

    @Override
    public void printAbove(String message) {
        append(message + "\n");
    }

    /** The prompt at which input ran out, if any, and forgets it. */
    String takeUnanswered() {
        String prompt = unanswered;
        unanswered = null;
        return prompt;
    }

    void append(String text) {
        lock.lock();
        try {
            out.append(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code action} with the transcript locked (to read a consistent slice of it). */
    <T> T locked(Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }
}
