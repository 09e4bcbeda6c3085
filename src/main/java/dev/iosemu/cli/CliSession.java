package dev.iosemu.cli;

import dev.iosemu.device.Line;
import dev.iosemu.device.LineHandle;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * One session on one of the device's lines: its I/O, the shell interpreting its lines, its {@link Line}
 * (fixed when it opens; the user appears at login), and per-session state (mode and mode target,
 * privilege level, terminal length and width, history, typed {@link SessionKey} values). Device state
 * lives elsewhere and is shared. Closing it runs its {@link #onClose} hooks once.
 *
 * <p>Threading: all state except the cancellation flag, the command thread, the line, {@code closed} and
 * the close hooks is owned by the session thread (the one calling {@link #run} or {@link #execute}).
 * {@link #interrupt}, {@link #printAsync}, {@link #close}, {@link #disconnect} and {@link #onClose} may be
 * called from any thread.
 */
public final class CliSession implements LineHandle {
    private static final System.Logger LOG = System.getLogger(CliSession.class.getName());
    private static final int HISTORY_SIZE = 10;
    private static final int DEFAULT_WIDTH = 80;

    private final ConsoleIo io;
    private Shell shell;
    private Shell nextShell;
    private Mode mode = Mode.USER_EXEC;
    private ModeTarget modeTarget;
    private int privilege = 1;
    private int lineLength = 24;
    private int terminalLength = lineLength;
    private int terminalWidth = DEFAULT_WIDTH;
    private final Deque<String> history = new ArrayDeque<>();
    private final Map<SessionKey<?>, Object> values = new IdentityHashMap<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AfterPrompt pendingLogs = new AfterPrompt();
    private final CloseHooks closeHooks = new CloseHooks();
    private volatile Line line;
    private volatile Thread commandThread;
    private volatile boolean closed;
    private volatile boolean disconnected;
    private final InputWatch input = new InputWatch();

    /** A session on the console line. */
    public CliSession(ConsoleIo io, Shell shell) {
        this(io, shell, Line.console());
    }

    public CliSession(ConsoleIo io, Shell shell, Line line) {
        this.io = Objects.requireNonNull(io, "io");
        this.shell = Objects.requireNonNull(shell, "shell");
        this.line = Objects.requireNonNull(line, "line");
    }

    /**
     * Reads and executes command lines until input ends or the session is closed ({@code exit}) or dropped.
     * The caller decides whether the end of input ends the session (it closes it) or only this run.
     */
    public void run() {
        while (!closed) {
            String prompt = prompt();
            io.write(afterPrompt(prompt));
            String text = input.read(() -> io.readLine(prompt, InputKind.COMMAND));
            if (text == null || closed) {
                return;
            }
            execute(text);
        }
    }

    /** Executes one line with the current shell; a shell replacement takes effect afterwards. */
    public void execute(String line) {
        cancelled.set(false);
        commandThread = Thread.currentThread();
        try {
            shell.execute(this, line);
        } catch (RuntimeException e) {
            // the last resort of a session: a fault outside any command (parsing, a loader shell) costs
            // this line, never the session
            LOG.log(System.Logger.Level.ERROR, "session line failed: {0}", String.valueOf(e));
            io.write("%Error: internal failure (" + e + ")\n");
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
     * Starts over as a fresh login on the same line (after a reload): user EXEC, no mode target, nobody
     * logged in, empty history, no session values, and the line's own terminal length and width, as a
     * reload drops what {@code terminal length} and {@code terminal width} set.
     */
    public void reset() {
        mode = Mode.USER_EXEC;
        modeTarget = null;
        privilege = 1;
        line = line.loggedOut();
        history.clear();
        values.clear();
        terminalLength = lineLength;
        terminalWidth = DEFAULT_WIDTH;
        input.monitor(false);
    }

    public ConsoleIo io() {
        return io;
    }

    public Mode mode() {
        return mode;
    }

    /** What the current sub-mode configures (an interface, lines); empty outside sub-modes. */
    public Optional<ModeTarget> modeTarget() {
        return Optional.ofNullable(modeTarget);
    }

    /**
     * Switches mode; {@code target} is what a sub-mode configures (null for none). User EXEC drops the
     * privilege level to 1; any other mode entered from level 0 or 1 raises it to 15, as {@code enable} does.
     */
    public void enterMode(Mode mode, ModeTarget target) {
        this.mode = Objects.requireNonNull(mode, "mode");
        this.modeTarget = target;
        if (mode.kind() == Mode.Kind.USER_EXEC) {
            privilege = Math.min(privilege, 1);
        } else if (privilege <= 1) {
            privilege = 15;
        }
    }

    public void enterMode(Mode mode) {
        enterMode(mode, null);
    }

    /** The privilege level (0 to 15) commands are checked against; {@code show privilege} prints it. */
    public int privilege() {
        return privilege;
    }

    /** Sets the privilege level a login grants: EXEC with {@code #} from level 2 up, {@code >} below. */
    public void setPrivilege(int level) {
        if (level < 0 || level > 15) {
            throw new IllegalArgumentException("privilege level out of range: " + level);
        }
        this.mode = level > 1 ? Mode.PRIVILEGED_EXEC : Mode.USER_EXEC;
        this.modeTarget = null;
        this.privilege = level;
    }

    public void useClock(Clock deviceClock) { // idle times (show users, exec-timeout) on the device's clock
        input.use(deviceClock);
    }

    <T> T fromUser(Supplier<T> read) { // counts as waiting for the user meanwhile
        return input.read(read);
    }

    @Override
    public Optional<Instant> lastInput() {
        return Optional.of(input.lastInput());
    }

    @Override
    public boolean awaitingInput() {
        return input.awaiting();
    }

    public void setMonitor(boolean on) { // terminal monitor: the log reaches this vty (the console always gets it)
        input.monitor(on);
    }

    @Override
    public boolean monitors() {
        return input.monitors();
    }

    @Override
    public Line line() {
        return line;
    }

    /** Records the user a login accepted on this session's line. */
    public void loggedIn(String user) {
        line = line.loggedIn(user);
    }

    /** Forgets the user logged in, as a new login on the line begins. */
    public void loggedOut() {
        line = line.loggedOut();
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

    /** The value a command area keeps under {@code key}, if set. */
    @SuppressWarnings("unchecked") // set() stores only values of the key's type
    public <T> Optional<T> get(SessionKey<T> key) {
        return Optional.ofNullable((T) values.get(key));
    }

    /** Keeps {@code value} under {@code key}; null forgets it. */
    public <T> void set(SessionKey<T> key, T value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.put(key, value);
        }
    }

    /** The value under {@code key}, made by {@code initial} and kept the first time it is asked for. */
    public <T> T computeIfAbsent(SessionKey<T> key, Supplier<T> initial) {
        Optional<T> present = get(key);
        if (present.isPresent()) {
            return present.get();
        }
        T value = Objects.requireNonNull(initial.get(), "initial value");
        set(key, value);
        return value;
    }

    /** Prints an asynchronous message (a log line) above the current input; any thread. */
    @Override
    public void printAsync(String message) {
        io.printAbove(message);
    }

    /**
     * Shows {@code message} (a log line) after the next prompt, where a real console prints a message the
     * device emits as a command ends ({@code %SYS-7-NV_BLOCK_INIT} after {@code erase startup-config}); any
     * thread.
     */
    @Override
    public void printAfterPrompt(String message) {
        pendingLogs.add(message);
    }

    /** The log lines waiting for {@code prompt}, as shown: the prompt, then each on a line; empty if none. */
    String afterPrompt(String prompt) {
        return pendingLogs.take(prompt);
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

    /**
     * Runs {@code hook} when the session closes (at once if it is closed already): what a command set up for
     * this session (a debug subscription, a line registration) ends with it.
     */
    public void onClose(Runnable hook) {
        closeHooks.add(hook);
    }

    /** Ends the session: {@link #run} returns after the current line; the close hooks run once, now. */
    public void close() {
        closed = true;
        closeHooks.close();
    }

    /** Drops the session from outside (a reload, {@code clear line}): closes it and hangs up its input. */
    @Override
    public void disconnect() {
        disconnected = true;
        close();
        io.hangUp();
    }

    public boolean isClosed() {
        return closed;
    }

    /** Whether the session ended because it was dropped rather than left with {@code exit}. */
    public boolean wasDisconnected() {
        return disconnected;
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
        String answer = input.read(() -> io.readLine(prompt, kind));
        if (answer == null) {
            throw new EndOfInputException(prompt);
        }
        return answer;
    }
}
