package dev.iosemu.cli;

import dev.iosemu.net.xmodem.XmodemLink;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A console without a terminal: lines come from a supplier (a test's queue, or stdin in batch mode)
 * and everything a terminal would show goes to an {@link Appendable}: prompt and echoed input,
 * answers after their prompts, output. The {@code --More--} prompt is erased as on a terminal. A quiet
 * boot shows nothing before the first prompt; each command and its output may be handed to a listener
 * ({@link BatchOptions}).
 *
 * <p>The lock guards the appendable and the pending prompt: the session thread writes, and any thread may
 * print above.
 */
final class TranscriptIo implements ConsoleIo {
    private final Supplier<String> lines;
    /** Where the transcript goes; nowhere once nobody reads it ({@link #discardOutput}); guarded by {@code lock}. */
    private Appendable out;

    private final ReentrantLock lock = new ReentrantLock();
    private String unanswered;
    /** The prompt shown and waiting for its line, if any; guarded by {@code lock}. */
    private String pendingPrompt;
    /** True while nothing is shown: a quiet boot, until the first prompt; guarded by {@code lock}. */
    private boolean quiet;
    /** Told each command and its output, if anyone is; guarded by {@code lock}. */
    private final CommandCapture capture;

    private final ConsoleTransfer transfer;

    TranscriptIo(Supplier<String> lines, Appendable out) {
        this(lines, out, BatchOptions.DEFAULT);
    }

    TranscriptIo(Supplier<String> lines, Appendable out, BatchOptions options) {
        this.lines = lines;
        this.out = out;
        this.quiet = options.quietBoot();
        this.capture = new CommandCapture(options.commands());
        this.transfer = options.transfer();
    }

    @Override
    public Optional<XmodemLink> openTransfer() throws IOException {
        return transfer.open();
    }

    /**
     * Shows {@code prompt} at once (flushed, so a script reading the output line by line sees it while the
     * device waits), then reads the line and echoes it after the prompt.
     */
    @Override
    public String readLine(String prompt, InputKind kind) {
        if (kind == InputKind.COMMAND) {
            finishCommand();
        }
        showPrompt(prompt);
        String line = lines.get();
        while (line != null && InputLine.tooLong(line)) {
            answer("\n" + InputLine.TOO_LONG);
            showPrompt(prompt);
            line = lines.get();
        }
        if (line == null) {
            answer("");
            finishCommand();
            if (kind != InputKind.COMMAND) {
                unanswered = prompt;
            }
            return null;
        }
        // the escape sequence is taken by the line, never echoed: the local prompt follows on a line of its own
        answer(kind == InputKind.SECRET || EscapeSequence.suspends(line) ? "\n" : visible(line) + "\n");
        if (kind == InputKind.COMMAND) {
            startCommand(line);
        }
        return line;
    }

    private void startCommand(String line) {
        underLock(() -> capture.started(line));
    }

    private void finishCommand() {
        underLock(capture::finish);
    }

    private void showPrompt(String prompt) {
        underLock(() -> {
            quiet = false;
            append(prompt);
            pendingPrompt = prompt;
            flush();
        });
    }

    /** Ends the pending prompt with what was typed after it. */
    private void answer(String echo) {
        underLock(() -> {
            pendingPrompt = null;
            append(echo);
        });
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

    /**
     * While a prompt waits for input the message goes on a line of its own and the prompt is shown again
     * below it, so the output still ends with the prompt the device waits at.
     */
    @Override
    public void printAbove(String message) {
        underLock(() -> {
            if (pendingPrompt != null) {
                append("\n" + message + "\n" + pendingPrompt);
                flush();
            } else {
                append(message + "\n");
            }
        });
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
            if (quiet) {
                return;
            }
            capture.output(text);
            out.append(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lock.unlock();
        }
    }

    /** Shows nothing from now on: nobody reads this console any more. */
    void discardOutput() {
        underLock(() -> out = java.io.Writer.nullWriter());
    }

    private void flush() {
        if (out instanceof Flushable flushable) {
            try {
                flushable.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void underLock(Runnable action) {
        locked(() -> {
            action.run();
            return null;
        });
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
