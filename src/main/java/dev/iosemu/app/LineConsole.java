package dev.iosemu.app;

import dev.iosemu.cli.ConsoleIo;
import dev.iosemu.cli.InputKind;
import dev.iosemu.cli.InputLine;
import dev.iosemu.net.terminal.RemoteTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A plain line console over a remote terminal (a node's telnet console port): keys are echoed as typed,
 * DEL and backspace erase, and CR, LF or CR LF end a line whoever sends them; secret input is not echoed. No
 * line editing, history or {@code ?} help: a console port for scripts (Netmiko, expect) and raw telnet.
 *
 * <p>Threading: reads run on the session thread; {@code lock} orders writes from any thread.
 */
final class LineConsole implements ConsoleIo {
    private static final int BACKSPACE = 8;
    private static final int DEL = 127;
    private static final int CTRL_C = 3;

    private final RemoteTerminal terminal;
    private final InputStream keys;
    private final OutputStream screen;
    private final ReentrantLock lock = new ReentrantLock();
    private boolean afterCr; // session thread only: an LF right after a CR is the same Enter

    LineConsole(RemoteTerminal terminal) {
        this.terminal = terminal;
        this.keys = terminal.input();
        this.screen = terminal.output();
    }

    @Override
    public String readLine(String prompt, InputKind kind) {
        write(prompt);
        StringBuilder line = new StringBuilder();
        while (true) {
            int key = key();
            if (key < 0) {
                return null;
            }
            if (key == '\r' || key == '\n') {
                write("\n");
                return InputLine.tooLong(line.toString()) ? "" : line.toString();
            }
            if (key == CTRL_C) {
                write("^C\n");
                return kind == InputKind.COMMAND ? "" : null;
            }
            if (key == BACKSPACE || key == DEL) {
                if (!line.isEmpty()) {
                    line.setLength(line.length() - 1);
                    echo(kind, "\b \b");
                }
            } else if (key >= ' ') {
                line.append((char) key);
                echo(kind, String.valueOf((char) key));
            }
        }
    }

    /** The next key, a NUL and the LF of CR LF dropped; -1 at the end of input. */
    private int key() {
        try {
            while (true) {
                int key = keys.read();
                boolean dropped = key == 0 || (key == '\n' && afterCr);
                afterCr = key == '\r';
                if (!dropped) {
                    return key;
                }
            }
        } catch (IOException e) {
            return -1;
        }
    }

    private void echo(InputKind kind, String text) {
        if (kind != InputKind.SECRET) {
            write(text);
        }
    }

    @Override
    public int readKey(String prompt) {
        write(prompt);
        int key = key();
        String back = "\b".repeat(prompt.length());
        write(back + " ".repeat(prompt.length()) + back);
        return key;
    }

    @Override
    public void write(String text) {
        lock.lock();
        try {
            screen.write(text.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
            screen.flush();
        } catch (IOException e) {
            // the client has gone; the next read sees the end of input
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void printAbove(String message) {
        write("\n" + message + "\n");
    }

    @Override
    public void hangUp() {
        terminal.close();
    }
}
