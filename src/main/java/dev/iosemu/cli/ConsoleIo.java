package dev.iosemu.cli;

import dev.iosemu.net.xmodem.XmodemLink;
import java.io.IOException;
import java.util.Optional;

/**
 * The session's end of a console: where lines and keys come from and output goes. Implemented by
 * the JLine terminal, by batch stdin/stdout, and by {@link HeadlessSession}'s in-memory transcript.
 *
 * <p>{@code readLine}, {@code readKey} and {@code write} are called by the session thread only;
 * {@code printAbove} and {@code hangUp} may be called from any thread.
 */
public interface ConsoleIo {
    /** Shows {@code prompt} and reads one line; null when input ended (or the user aborted an answer). */
    String readLine(String prompt, InputKind kind);

    /** Shows {@code prompt} (the pager's {@code --More--}), reads one key and erases the prompt; -1 at end. */
    int readKey(String prompt);

    /** Writes output; {@code \n} ends a line. */
    void write(String text);

    /** Prints an asynchronous message (a log line) above the line being typed. */
    void printAbove(String message);

    /**
     * Ends a read in progress, as a dropped connection does, so the session thread sees its session closed;
     * any thread. Consoles whose reads cannot be cut short do nothing.
     */
    default void hangUp() {}

    /**
     * The console's raw bytes for one XMODEM transfer a boot loader receives (closed after it), or empty when
     * this console carries text lines only; session thread.
     */
    default Optional<XmodemLink> openTransfer() throws IOException {
        return Optional.empty();
    }
}
