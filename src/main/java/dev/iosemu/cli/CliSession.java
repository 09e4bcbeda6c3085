package dev.iosemu.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One console session: its I/O, the shell interpreting its lines, and per-session state (mode and
 * mode target, terminal length and width, history). Device state lives elsewhere and is shared.
 *
 * <p>Threading: all state except the cancellation flag, the command thread and {@code closed} is
 * owned by the session thread (the one calling {@link #run} or {@link #execute}). {@link #interrupt},
 * {@link #printAsync} and {@link #close} may be called from any thread.
 */
public final class CliSession {
    private static final int HISTORY_SIZE = 10;
    private static final int DEFAULT_WIDTH = 80;

    private final ConsoleIo io;
    private Shell shell;
    private Shell nextShell;
    private Mode mode = Mode.USER_EXEC;
    private Object modeTarget;
    private int lineLength = 24;
    private int terminalLength = lineLength;
    private int terminalWidth = DEFAULT_WIDTH;
    private final Deque<String> history = new ArrayDeque<>();
    private final Map<String, Object> attributes = new HashMap<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile Thread commandThread;
    private volatile boolean closed;

    public CliSession(ConsoleIo io, Shell shell) {
        this.io = Objects.requireNonNull(io, "io");
        this.shell = Objects.requireNonNull(shell, "shell");
    }

    /** Reads and executes command lines until input ends or the session is closed ({@code exit}). */
    public void run() {
        while (!closed) {
            String line = io.readLine(prompt(), InputKind.COMMAND);
            if (line == null) {
                return;
            }
            execute(line);
        }
    }

    /** Executes one line with the current shell; a shell replacement takes effect afterwards. */
    public void execute(String line) {
        cancelled.set(false);
        commandThread = Thread.currentThread();
        try {
            shell.execute(this, line);
        } finally {
            commandThread = null;
            Thread.interrupted();
            if (nextShell != null) {
                shell = nextShell;
                nextShell = null;
            }
        }
    }

    /** The prompt the current shell shows now. */
    public String prompt() {
        return shell.prompt(this);
    }

    public Shell shell() {
        return shell;
    }

    /** Hands the console to {@code next} (ROMMON, or a fresh IOS after reload) when the current line ends. */
    public void replaceShell(Shell next) {
        this.nextShell = Objects.requireNonNull(next, "next");
    }

    /**
     * Starts over as a fresh login on the same console (after a reload): user EXEC, no mode target,
     * empty history and attributes, and the line's own terminal length and width, as a reload drops what
     * {@code terminal length} and {@code terminal width} set.
     */
    public void reset() {
        mode = Mode.USER_EXEC;
        modeTarget = null;
        history.clear();
        attributes.clear();
        terminalLength = lineLength;
        terminalWidth = DEFAULT_WIDTH;
    }

    public ConsoleIo io() {
        return io;
    }

    public Mode mode() {
        return mode;
    }

    /** What the current sub-mode configures (an interface name, a line), or null. */
    public Object modeTarget() {
        return modeTarget;
    }

    /** Switches mode; {@code target} is what a sub-mode configures (null for none). */
    public void enterMode(Mode mode, Object target) {
        this.mode = Objects.requireNonNull(mode, "mode");
        this.modeTarget = target;
    }

    public void enterMode(Mode mode) {
        enterMode(mode, null);
    }

    /** Lines per page for the {@code --More--} pager; 0 means no paging. */
    public int terminalLength() {
        return terminalLength;
    }

    public void setTerminalLength(int lines) {
        if (lines < 0 || lines > 512) {
            throw new IllegalArgumentException("terminal length out of range: " + lines);
        }
        this.terminalLength = lines;
    }

    /**
     * The line's own page length, which a fresh session starts with and {@link #reset} returns to: 24 on a
     * console, 0 (no paging) on a headless line whose output no one pages through.
     */
    public void setLineLength(int lines) {
        setTerminalLength(lines);
        this.lineLength = lines;
    }

    /** Characters per line (for counting wrapped rows); 0 means unlimited. */
    public int terminalWidth() {
        return terminalWidth;
    }

    public void setTerminalWidth(int columns) {
        if (columns < 0 || columns > 512) {
            throw new IllegalArgumentException("terminal width out of range: " + columns);
        }
        this.terminalWidth = columns;
    }

    /** The last commands entered, oldest first ({@code show history}). */
    public List<String> history() {
        return List.copyOf(history);
    }

    void addHistory(String line) {
        if (history.size() == HISTORY_SIZE) {
            history.removeFirst();
        }
        history.addLast(line);
    }

    /** A per-session value a command remembers (the last TFTP host, say), if set. */
    public <T> Optional<T> attribute(String name, Class<T> type) {
        return Optional.ofNullable(attributes.get(name)).map(type::cast);
    }

    /** Remembers a per-session value; null forgets it. */
    public void setAttribute(String name, Object value) {
        if (value == null) {
            attributes.remove(name);
        } else {
            attributes.put(name, value);
        }
    }

    /** Prints an asynchronous message (a log line) above the current input; any thread. */
    public void printAsync(String message) {
        io.printAbove(message);
    }

    /** Cancels the running command (Ctrl-C): sets the flag and interrupts its thread; any thread. */
    public void interrupt() {
        cancelled.set(true);
        Thread t = commandThread;
        if (t != null) {
            t.interrupt();
        }
    }

    /** True once the running command has been interrupted. */
    public boolean cancelled() {
        return cancelled.get();
    }

    /** Ends the session: {@link #run} returns after the current line. */
    public void close() {
        closed = true;
    }

    public boolean isClosed() {
        return closed;
    }

    /** Output for a shell other than the IOS CLI: paged, unfiltered. */
    public CliOutput output() {
        return new CliOutput(this, null);
    }

    /** Asks a question; returns the raw answer line. Throws {@link EndOfInputException} at end of input. */
    public String ask(String prompt) {
        return read(prompt, InputKind.ANSWER);
    }

    /** Asks for a secret without echo. */
    public String askSecret(String prompt) {
        return read(prompt, InputKind.SECRET);
    }

    /** A {@code [confirm]} question: Enter or {@code y} confirms, anything else declines. */
    public boolean confirm(String prompt) {
        String answer = read(prompt, InputKind.ANSWER).strip().toLowerCase(Locale.ROOT);
        return answer.isEmpty() || answer.startsWith("y");
    }

    /** A {@code [yes/no]} question, asked again until the answer is yes or no (or abbreviated). */
    public boolean askYesNo(String prompt) {
        while (true) {
            String answer = read(prompt, InputKind.ANSWER).strip().toLowerCase(Locale.ROOT);
            if (!answer.isEmpty() && "yes".startsWith(answer)) {
                return true;
            }
            if (!answer.isEmpty() && "no".startsWith(answer)) {
                return false;
            }
            io.write("% Please answer 'yes' or 'no'.\n");
        }
    }

    private String read(String prompt, InputKind kind) {
        String answer = io.readLine(prompt, kind);
        if (answer == null) {
            throw new EndOfInputException(prompt);
        }
        return answer;
    }
}
