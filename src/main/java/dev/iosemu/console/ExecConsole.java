package dev.iosemu.console;

import dev.iosemu.cli.ConsoleIo;
import dev.iosemu.cli.InputKind;
import dev.iosemu.cli.InputLine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The console of an SSH exec request: no terminal, so no line editing, no echo and no pager; output goes to
 * the channel with CR LF line ends, answers to a command's questions come from the channel's input one line
 * at a time, and asynchronous log messages are not shown. Used by the one session thread of the request.
 */
public final class ExecConsole implements ConsoleIo {
    private final InputStream in;
    private final OutputStream out;

    public ExecConsole(InputStream in, OutputStream out) {
        this.in = in;
        this.out = new CrLfOutput(out);
    }

    @Override
    public String readLine(String prompt, InputKind kind) {
        write(prompt);
        try {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (b == '\n' || b == '\r') {
                    return line.toString(StandardCharsets.UTF_8);
                }
                if (line.size() <= InputLine.MAX_LENGTH) {
                    line.write(b);
                }
            }
            return line.size() > 0 ? line.toString(StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public int readKey(String prompt) {
        return -1;
    }

    @Override
    public void write(String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            // the client has gone; the command finishes unheard and the request ends with it
        }
    }

    @Override
    public void printAbove(String message) {
        // an exec request has no terminal to show the log on
    }
}
