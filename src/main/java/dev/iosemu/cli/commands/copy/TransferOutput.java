package dev.iosemu.cli.commands.copy;

import dev.iosemu.cli.commands.debug.DebugFlag;
import dev.iosemu.cli.commands.debug.DebugHub;
import dev.iosemu.fs.remote.RemoteTransferEvents;
import java.util.OptionalLong;

/**
 * Prints one network transfer the way IOS does: the {@code Loading} line once the server answers, a
 * {@code !} per {@link CopyProgressMarks} step, a {@code .} per retransmission, and the debug traces of
 * the sessions that asked for them. Confined to the copying thread.
 */
final class TransferOutput implements RemoteTransferEvents {
    private final CopyConsole console;
    private final DebugHub debug;
    private final String loadingLine;
    private final CopyProgressMarks marks;
    private final boolean tftp;
    private boolean started;
    /** True while the cursor is after marks on an unfinished line. */
    private boolean lineOpen;

    /**
     * @param loadingLine printed when data starts, without line end ({@code Loading x from h (via i): }),
     *     or empty for uploads, which print marks only
     * @param tftp whether this is a TFTP transfer, traced by {@code debug tftp events}
     */
    TransferOutput(CopyConsole console, DebugHub debug, String loadingLine, CopyProgressMarks marks, boolean tftp) {
        this.console = console;
        this.debug = debug;
        this.loadingLine = loadingLine;
        this.marks = marks;
        this.tftp = tftp;
    }

    boolean started() {
        return started;
    }

    @Override
    public void started(OptionalLong size) {
        started = true;
        event("TFTP: Transfer started" + (size.isPresent() ? ", tsize " + size.getAsLong() : ""));
        if (!loadingLine.isEmpty()) {
            console.print(loadingLine);
            lineOpen = true;
        }
    }

    @Override
    public void transferred(long bytes) {
        printMarks(marks.advance(bytes));
    }

    @Override
    public void retransmitting() {
        event("TFTP: Timeout, retransmitting");
        // Before the server answered IOS prints nothing: a silent server shows only the final error.
        if (started) {
            console.print(".");
            lineOpen = true;
        }
    }

    @Override
    public void tftpPacket(boolean sent, String summary) {
        trace(DebugFlag.TFTP_PACKETS, "TFTP: " + (sent ? "Sent " : "Received ") + summary);
    }

    @Override
    public void ftpCommand(String line) {
        trace(DebugFlag.IP_FTP, "FTP: ---> " + line);
    }

    @Override
    public void ftpReply(int code, String text) {
        trace(DebugFlag.IP_FTP, "FTP: " + code + " " + text.replace("\n", "\nFTP: "));
    }

    /** Prints the marks still owed, ends the progress line and notes the {@code bytes} transferred. */
    void completed(long bytes) {
        printMarks(marks.finish());
        if (lineOpen) {
            endLine("");
        }
        event("TFTP: Transfer complete, " + bytes + " bytes");
    }

    /** Ends an unfinished progress line, with {@code suffix} ({@code " [timed out]"}) when there is one. */
    void failed(String suffix) {
        if (lineOpen) {
            endLine(suffix);
        }
    }

    /** Notes a TFTP event for {@code debug tftp events}. */
    void event(String line) {
        if (tftp) {
            trace(DebugFlag.TFTP_EVENTS, line);
        }
    }

    private void printMarks(int count) {
        if (count > 0) {
            console.print("!".repeat(count));
            lineOpen = true;
        }
    }

    private void endLine(String suffix) {
        console.print(suffix + "\n");
        lineOpen = false;
    }

    private void trace(DebugFlag flag, String line) {
        if (!debug.isOn(flag)) {
            return;
        }
        debug.emit(flag, console.sessionKey(), this::inline, line);
    }

    private void inline(String line) {
        if (lineOpen) {
            console.print("\n");
            lineOpen = false;
        }
        console.print(line + "\n");
    }
}
