package dev.iosemu.console;

import dev.iosemu.cli.CliSession;
import dev.iosemu.cli.EscapeSequence;
import java.util.Optional;
import org.jline.keymap.KeyMap;
import org.jline.reader.Buffer;
import org.jline.reader.LineReader;
import org.jline.reader.Reference;

/**
 * The IOS keys as JLine widgets: {@code ?} prints help at once and re-displays the line, TAB
 * completes a unique word (else rings the bell), Ctrl-Z ends configuration, Ctrl-Shift-6 x suspends a session
 * to another device (the escape sequence). While a sub-prompt is
 * being answered, {@code ?} and TAB are ordinary characters. Runs on the session thread only.
 */
final class IosWidgets {
    private static final String HELP = "ios-help";
    private static final String COMPLETE = "ios-complete";
    private static final String END = "ios-end";
    private static final String ESCAPE = "ios-escape";

    private final LineReader reader;
    private CliSession session;
    private boolean commandInput;
    private boolean escaped;

    IosWidgets(LineReader reader) {
        this.reader = reader;
    }

    void install() {
        reader.getWidgets().put(HELP, this::help);
        reader.getWidgets().put(COMPLETE, this::complete);
        reader.getWidgets().put(END, this::end);
        reader.getWidgets().put(ESCAPE, this::escape);
        KeyMap<org.jline.reader.Binding> main = reader.getKeyMaps().get(LineReader.MAIN);
        main.bind(new Reference(HELP), "?");
        main.bind(new Reference(COMPLETE), "\t");
        main.bind(new Reference(END), KeyMap.ctrl('Z'));
        main.bind(new Reference(ESCAPE), EscapeSequence.SUSPEND, EscapeSequence.ESCAPE + "X");
    }

    void attach(CliSession session) {
        this.session = session;
    }

    void commandInput(boolean on) {
        this.commandInput = on;
        this.escaped = false; // a new line is being read
    }

    /**
     * The line a Ctrl-C at the command prompt stands for: in a configuration mode IOS drops what was
     * typed and returns to privileged EXEC (a bare Ctrl-Z line); in EXEC it only drops the line.
     */
    String interruptedLine() {
        return session != null && session.mode().isConfig() ? "\u001A" : "";
    }

    /** Whether the line just read ended with the escape sequence (then it stands for {@link EscapeSequence#SUSPEND}); forgets it. */
    boolean takeEscape() {
        boolean was = escaped;
        escaped = false;
        return was;
    }

    /**
     * Ctrl-Shift-6 x while a session to another device waits for a line: the line ends at once, unseen, and
     * stands for the escape sequence. At the local prompt there is nothing to suspend, and nothing happens.
     */
    private boolean escape() {
        if (commandInput) {
            return true;
        }
        reader.getBuffer().clear();
        escaped = true;
        reader.callWidget(LineReader.ACCEPT_LINE);
        return true;
    }

    private boolean help() {
        if (!commandInput || session == null) {
            reader.getBuffer().write('?');
            return true;
        }
        Buffer buffer = reader.getBuffer();
        String before = buffer.substring(0, buffer.cursor());
        String text = session.shell().help(session, before);
        if (text.isEmpty()) {
            buffer.write('?');
            return true;
        }
        // as IOS: the question mark echoed where typed, the help below, then the line typed again
        buffer.cursor(buffer.length());
        reader.callWidget(LineReader.REDISPLAY);
        reader.getTerminal().writer().print("?\n" + text);
        reader.getTerminal().flush();
        buffer.cursor(before.length());
        reader.callWidget(LineReader.REDRAW_LINE);
        return true;
    }

    private boolean complete() {
        if (!commandInput || session == null) {
            reader.getBuffer().write('\t');
            return true;
        }
        Buffer buffer = reader.getBuffer();
        String before = buffer.substring(0, buffer.cursor());
        String after = buffer.substring(buffer.cursor());
        Optional<String> completed = session.shell().complete(session, before);
        if (completed.isEmpty()) {
            reader.callWidget(LineReader.BEEP);
            return true;
        }
        buffer.clear();
        buffer.write(completed.get());
        int cursor = buffer.cursor();
        buffer.write(after);
        buffer.cursor(cursor);
        return true;
    }

    private boolean end() {
        if (!commandInput) {
            reader.callWidget(LineReader.BEEP);
            return true;
        }
        Buffer buffer = reader.getBuffer();
        buffer.cursor(buffer.length());
        buffer.write('\u001A');
        reader.callWidget(LineReader.ACCEPT_LINE);
        return true;
    }
}
