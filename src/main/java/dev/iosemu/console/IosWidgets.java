package dev.iosemu.console;

import dev.iosemu.cli.CliSession;
import java.util.Optional;
import org.jline.keymap.KeyMap;
import org.jline.reader.Buffer;
import org.jline.reader.LineReader;
import org.jline.reader.Reference;

/**
 * The IOS keys as JLine widgets: {@code ?} prints help at once and re-displays the line, TAB
 * completes a unique word (else rings the bell), Ctrl-Z ends configuration. While a sub-prompt is
 * being answered, {@code ?} and TAB are ordinary characters. Runs on the session thread only.
 */
final class IosWidgets {
    private static final String HELP = "ios-help";
    private static final String COMPLETE = "ios-complete";
    private static final String END = "ios-end";

    private final LineReader reader;
    private CliSession session;
    private boolean commandInput;

    IosWidgets(LineReader reader) {
        this.reader = reader;
    }

    void install() {
        reader.getWidgets().put(HELP, this::help);
        reader.getWidgets().put(COMPLETE, this::complete);
        reader.getWidgets().put(END, this::end);
        KeyMap<org.jline.reader.Binding> main = reader.getKeyMaps().get(LineReader.MAIN);
        main.bind(new Reference(HELP), "?");
        main.bind(new Reference(COMPLETE), "\t");
        main.bind(new Reference(END), KeyMap.ctrl('Z'));
    }

    void attach(CliSession session) {
        this.session = session;
    }

    void commandInput(boolean on) {
        this.commandInput = on;
    }

    /**
     * The line a Ctrl-C at the command prompt stands for: in a configuration mode IOS drops what was
     * typed and returns to privileged EXEC (a bare Ctrl-Z line); in EXEC it only drops the line.
     */
    String interruptedLine() {
        return session != null && session.mode().isConfig() ? "\u001A" : "";
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
