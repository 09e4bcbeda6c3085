package dev.iosemu.console;

import dev.iosemu.cli.CliSession;
import dev.iosemu.cli.ConsoleIo;
import dev.iosemu.cli.ConsoleTransfer;
import dev.iosemu.cli.EscapeSequence;
import dev.iosemu.cli.InputKind;
import dev.iosemu.cli.InputLine;
import dev.iosemu.net.xmodem.XmodemLink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * A CLI session on a JLine terminal: line editing and history, {@code ?} help and TAB completion as
 * immediate widgets, Ctrl-Z as {@code end}, Ctrl-C interrupting a running command (and, at a
 * configuration prompt, dropping the line and leaving configuration as IOS does), asynchronous
 * messages printed above the input line, pager keys and secret input.
 *
 * <p>Threading: {@code readLine}, {@code readKey} and {@code write} run on the session thread;
 * {@code printAbove} and {@code hangUp} may come from any thread (JLine's reader serialises the first with
 * redisplay; the second raises INT as Ctrl-C does).
 */
public final class TerminalConsole implements ConsoleIo {
    private static final int MAX_COLUMNS = 512;

    private final Terminal terminal;
    private final LineReader reader;
    private final IosWidgets widgets;
    private ConsoleTransfer transfer; // null: XMODEM over the terminal's own bytes; session thread
    private final Runnable hangUp;
    private final boolean widthFromSession;
    private final DumbTty dumbTty; // null: not a dumb terminal, or no tty under it
    private volatile CliSession session;

    public TerminalConsole(Terminal terminal) {
        this(terminal, () -> terminal.raise(Terminal.Signal.INT), false);
    }

    TerminalConsole(Terminal terminal, Runnable hangUp, boolean widthFromSession) {
        this(terminal, hangUp, widthFromSession, null);
    }

    /**
     * A console whose hang-up is {@code hangUp} (a remote one ends its connection) and, when {@code
     * widthFromSession}, whose line editor wraps at the session's {@code terminal width} rather than at the
     * size the terminal reported (a vty, where {@code terminal width 511} is how scripts avoid wrapping).
     */
    private TerminalConsole(Terminal terminal, Runnable hangUp, boolean widthFromSession, DumbTty dumbTty) {
        this.terminal = Objects.requireNonNull(terminal, "terminal");
        this.hangUp = Objects.requireNonNull(hangUp, "hangUp");
        this.widthFromSession = widthFromSession;
        this.dumbTty = dumbTty;
        if (terminal.getWidth() <= 0 && !isDumb(terminal)) {
            // a pseudo-terminal without a size (under script(1), say) would hide the line being typed; a
            // dumb one must stay without: given a size, JLine echoes each line again after the tty did
            terminal.setSize(new Size(80, 24));
        }
        TypeAheadReader editor = new TypeAheadReader(terminal);
        editor.setParser(plainParser());
        this.reader = editor;
        reader.setOpt(LineReader.Option.DISABLE_EVENT_EXPANSION);
        reader.unsetOpt(LineReader.Option.INSERT_TAB);
        // pasted configuration must run line by line, as on a real console
        reader.unsetOpt(LineReader.Option.BRACKETED_PASTE);
        reader.setVariable(LineReader.HISTORY_SIZE, 20);
        this.widgets = new IosWidgets(reader);
        widgets.install();
        makeCtrlZAKey();
    }

    /**
     * The process's own terminal (falls back to a dumb one when there is none), of the user's type with
     * the keypad left in normal mode ({@link NormalKeypad}).
     */
    public static TerminalConsole system() {
        try {
            TerminalBuilder builder = TerminalBuilder.builder().name("iosemu").system(true);
            String type = NormalKeypad.typeFor(System.getenv("TERM"));
            if (type != null && !type.isBlank()) {
                builder.type(type);
            }
            Terminal terminal = builder.build();
            return local(terminal, isDumb(terminal) ? DumbTty.standardInput().orElse(null) : null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A console on a local terminal, whose tty it keeps in raw mode between reads as well as during them (the
     * terminal restores the user's settings when it closes, or when the JVM ends). In the tty's line mode the
     * kernel would take keys typed while a command runs or while the line prints {@code Press RETURN to get
     * started}: a Ctrl-D there is the kernel's end of file, which the next raw read sees as a NUL, so the key
     * was lost; and keys typed ahead were echoed by the kernel and again by the line editor. Raw, every key
     * waits as its byte for the next read, shown once after the prompt as an IOS console shows it; Ctrl-C
     * still stops a running command (signal keys stay on). A dumb terminal is left alone (JLine drives no tty
     * there): {@code dumbTty}, when given, hides its secrets and carries its XMODEM transfers.
     */
    static TerminalConsole local(Terminal terminal, DumbTty dumbTty) {
        if (!isDumb(terminal)) {
            terminal.enterRawMode();
        }
        return new TerminalConsole(terminal, () -> terminal.raise(Terminal.Signal.INT), false, dumbTty);
    }

    /**
     * Whether standard input is a terminal, as JLine's native (or, failing that, stty-based) support tells;
     * true when neither can tell, so a console is tried as before.
     */
    public static boolean standardInputIsTerminal() {
        for (String provider : new String[] {"jni", "exec"}) {
            try {
                return TerminalProvider.load(provider).isSystemStream(SystemStream.Input);
            } catch (IOException | RuntimeException | LinkageError e) {
                // this provider is not available here: ask the next
            }
        }
        return true;
    }

    private static boolean isDumb(Terminal terminal) {
        return terminal.getType() == null || terminal.getType().startsWith(Terminal.TYPE_DUMB);
    }

    /** Runs {@code session} (whose I/O is this console) until its input ends or it closes. */
    public void run(CliSession session) {
        if (session.io() != this) {
            throw new IllegalArgumentException("the session does not use this console");
        }
        widgets.attach(session);
        this.session = session;
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> session.interrupt());
        try {
            session.run();
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
        }
    }

    public Terminal terminal() {
        return terminal;
    }

    @Override
    public String readLine(String prompt, InputKind kind) {
        widgets.commandInput(kind == InputKind.COMMAND);
        followSessionWidth();
        reader.variable(LineReader.DISABLE_HISTORY, kind != InputKind.COMMAND);
        if (kind != InputKind.SECRET || !isDumb(terminal)) {
            return readEdited(prompt, kind, kind == InputKind.SECRET ? LineReaderImpl.NULL_MASK : null);
        }
        // a dumb terminal shows no line the editor holds (it has no size); the tty's own echo must stop instead
        boolean hidden = dumbTty != null && dumbTty.echo(false);
        try {
            return readEdited(prompt, kind, null);
        } finally {
            if (hidden) {
                dumbTty.echo(true);
                write("\n"); // the Enter that ended the secret, which the tty did not echo either
            }
        }
    }

    private String readEdited(String prompt, InputKind kind, Character mask) {
        try {
            String line = reader.readLine(prompt, mask);
            while (line != null && InputLine.tooLong(line)) {
                write(InputLine.TOO_LONG);
                line = reader.readLine(prompt, mask);
            }
            return widgets.takeEscape() ? EscapeSequence.SUSPEND : line;
        } catch (UserInterruptException e) {
            return kind == InputKind.COMMAND ? widgets.interruptedLine() : null;
        } catch (EndOfFileException e) {
            return null;
        }
    }

    @Override
    public int readKey(String prompt) {
        terminal.writer().print(prompt);
        terminal.flush();
        Attributes saved = terminal.enterRawMode();
        try {
            return terminal.reader().read();
        } catch (IOException e) {
            return -1;
        } finally {
            terminal.setAttributes(saved);
            String back = "\b".repeat(prompt.length());
            terminal.writer().print(back + " ".repeat(prompt.length()) + back);
            terminal.flush();
        }
    }

    @Override
    public void write(String text) {
        terminal.writer().print(text);
        terminal.flush();
    }

    @Override
    public void printAbove(String message) {
        reader.printAbove(message);
    }

    /** Sends what {@code sender} gives for each XMODEM transfer, instead of the terminal's own bytes. */
    public void transferring(ConsoleTransfer sender) {
        this.transfer = Objects.requireNonNull(sender, "sender");
    }

    /** The terminal in raw mode, unless a file is to be sent instead ({@link #transferring}). */
    @Override
    public Optional<XmodemLink> openTransfer() throws IOException {
        return transfer != null ? transfer.open() : Optional.of(new TerminalLink(terminal, dumbTty));
    }

    /** As Ctrl-C does: the line being read is dropped and the session sees that it was closed. */
    @Override
    public void hangUp() {
        hangUp.run();
    }

    private void followSessionWidth() {
        CliSession current = session;
        if (!widthFromSession || current == null) {
            return;
        }
        int columns = current.terminalWidth() == 0 ? MAX_COLUMNS : current.terminalWidth();
        if (terminal.getWidth() != columns) {
            terminal.setSize(new Size(columns, terminal.getHeight()));
        }
    }

    /** Words split on blanks only: no quotes, escapes or continuation lines, as on IOS. */
    private static DefaultParser plainParser() {
        DefaultParser parser = new DefaultParser();
        parser.setEscapeChars(new char[0]);
        parser.setQuoteChars(new char[0]);
        parser.setEofOnUnclosedBracket();
        return parser;
    }

    /** Ctrl-Z must reach the reader as a key (IOS {@code end}), not suspend the process. */
    private void makeCtrlZAKey() {
        Attributes attributes = terminal.getAttributes();
        attributes.setControlChar(Attributes.ControlChar.VSUSP, 0);
        terminal.setAttributes(attributes);
    }
}
