package dev.iosemu.console;

import java.io.IOException;
import java.util.HashMap;
import org.jline.reader.LineReader;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;

/**
 * JLine's line reader, drawing the line once for keys typed ahead rather than once per key: while the next
 * key already waits and is one that only inserts itself (a printable character other than {@code ?}), the
 * redraw after a key is left to a later one. Scripts send a whole command at once, and JLine's redraw after
 * each of its characters was the largest cost of a command on a busy vty.
 *
 * <p>The screen shows the same text: the redraw that follows computes the difference from what is on the
 * screen, which for a line typed ahead is the characters typed, written once. What is on the screen and
 * what JLine believes is there never part, since a skipped redraw changes neither; widgets that write
 * themselves (help, completion) redraw in full first through the {@link LineReader#REDISPLAY} widget, and a
 * key that runs one is never skipped for.
 *
 * <p>Only on a vty's terminal ({@link ChannelTerminal}, whose keys wait in its pipe until read): a local
 * terminal echoes keys itself while a command runs, and its line is drawn key by key as before. Threading:
 * the session thread only, as JLine's reader.
 */
final class TypeAheadReader extends LineReaderImpl {
    TypeAheadReader(Terminal terminal) {
        super(terminal, terminal.getName(), new HashMap<>());
        getWidgets().put(LineReader.REDISPLAY, super::redisplay);
    }

    @Override
    public boolean redisplay() {
        return insertingKeyWaits() || super.redisplay();
    }

    private boolean insertingKeyWaits() {
        if (!(getTerminal() instanceof ChannelTerminal channel) || !channel.keysWaiting()) {
            return false;
        }
        try {
            // a byte waits, so this returns at once
            int next = getTerminal().reader().peek(1);
            return next >= ' ' && next < 0x7f && next != '?';
        } catch (IOException e) {
            return false;
        }
    }
}
