package dev.iosemu.cli.commands.copy;

import dev.iosemu.cli.commands.debug.DebugFlag;
import dev.iosemu.cli.commands.debug.DebugHub;
import dev.iosemu.fs.remote.RemoteTransferEvents;
import dev.iosemu.fs.remote.TraceKind;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Prints one network transfer the way IOS does: the {@code Loading} line once the server answers, a
 * {@code !} per {@link CopyProgressMarks} step, a {@code .} per retransmission, and the trace lines of
 * the sessions whose debug switch the protocol routes them to. The steps the console sees itself
 * (request, start, timeout, completion) become {@link TraceKind#EVENT} lines. Confined to the copying
 * thread.
 */
final class TransferOutput implements RemoteTransferEvents {
    private final CopyConsole console;
    private final DebugHub debug;
    private final TransferProtocol protocol;
    private final String loadingLine;
    private String describedPrefix = "";
    private final CopyProgressMarks marks;
    private boolean started;
    /** True while the cursor is after marks on an unfinished line. */
    private boolean lineOpen;
    /** True while an {@link ImageGate} holds the {@code Loading} line back until it checked the first block. */
    private boolean held;

    private int heldMarks;

    /**
     * @param loadingLine printed when data starts, without line end ({@code Loading x from h (via i): }),
     *     or empty for uploads, which print marks only
     * @param minimumMarks the marks printed at least once the transfer ends
     */
    TransferOutput(
            CopyConsole console, DebugHub debug, TransferProtocol protocol, String loadingLine, int minimumMarks) {
        this.console = console;
        this.debug = debug;
        this.protocol = protocol;
        this.loadingLine = loadingLine;
        // only a download (it has a Loading line) can end without a mark; uploads always show their two
        long markedFrom = loadingLine.isEmpty() ? 0 : protocol.markedFrom();
        this.marks = new CopyProgressMarks(protocol.bytesPerMark(), minimumMarks, markedFrom);
    }

    /** Prints a file's description ({@code described}) after {@code prefix}: IOS's {@code  Sending file modes: }. */
    TransferOutput describedAs(String prefix) {
        this.describedPrefix = prefix;
        return this;
    }

    @Override
    public void described(String header) {
        if (!describedPrefix.isEmpty()) {
            console.println(describedPrefix + header);
        }
    }

    boolean started() {
        return started;
    }

    /** Holds the {@code Loading} line and the marks back until {@link #release}: IOS warns about a file first. */
    void hold() {
        held = true;
    }

    /** Prints what was held back: the {@code Loading} line if the transfer started, and its marks. */
    void release() {
        if (!held) {
            return;
        }
        held = false;
        if (started && !loadingLine.isEmpty()) {
            console.print(loadingLine);
            lineOpen = true;
        }
        printMarks(heldMarks);
        heldMarks = 0;
    }

    /** The copy was abandoned at the image check: what was held back is dropped, nothing more printed. */
    void abandoned() {
        held = false;
        heldMarks = 0;
        lineOpen = false;
    }

    @Override
    public void started(OptionalLong size) {
        started = true;
        event("Transfer started" + (size.isPresent() ? ", tsize " + size.getAsLong() : ""));
        if (!held && !loadingLine.isEmpty()) {
            console.print(loadingLine);
            lineOpen = true;
        }
    }

    @Override
    public void transferred(long bytes) {
        int due = marks.advance(bytes);
        if (held) {
            heldMarks += due;
        } else {
            printMarks(due);
        }
    }

    @Override
    public void retransmitting() {
        event("Timeout, retransmitting");
        // Before the server answered IOS prints nothing: a silent server shows only the final error.
        if (started && !held) {
            console.print(".");
            lineOpen = true;
        }
    }

    @Override
    public void trace(TraceKind kind, String line) {
        Optional<DebugFlag> flag = protocol.flag(kind);
        if (flag.isPresent() && debug.isOn(flag.get())) {
            debug.emit(flag.get(), console.sessionKey(), this::inline, line);
        }
    }

    @Override
    public boolean tracing(TraceKind kind) {
        Optional<DebugFlag> flag = protocol.flag(kind);
        return flag.isPresent() && debug.isOn(flag.get());
    }

    /** Prints the marks still owed, ends the progress line and notes the {@code bytes} transferred. */
    void completed(long bytes) {
        release();
        printMarks(marks.finish());
        if (lineOpen) {
            endLine("");
        }
        event("Transfer complete, " + bytes + " bytes");
    }

    /** Ends an unfinished progress line, with {@code suffix} ({@code " [timed out]"}) when there is one. */
    void failed(String suffix) {
        release();
        if (lineOpen) {
            endLine(suffix);
        }
    }

    /** Notes a step of the transfer ({@code TFTP: Transfer started}) for the protocol's event debugging. */
    void event(String text) {
        trace(TraceKind.EVENT, protocol.traceName() + ": " + text);
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

    private void inline(String line) {
        if (lineOpen) {
            console.print("\n");
            lineOpen = false;
        }
        console.print(line + "\n");
    }
}
