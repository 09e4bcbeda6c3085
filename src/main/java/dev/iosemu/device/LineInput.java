package dev.iosemu.device;

import dev.iosemu.net.xmodem.XmodemLink;
import java.io.IOException;
import java.util.Optional;

/**
 * Console input for a boot: the loader's command lines and the questions IOS asks as it starts. The command
 * layer hands a session's console to it; an empty line means input has ended.
 */
public interface LineInput {
    /** Prints {@code prompt}, then waits for one line; empty when input has ended. */
    Optional<String> readLine(String prompt);

    /**
     * A {@code [yes/no]} question, asked again until it is answered yes or no (abbreviations count); the
     * end of input answers no.
     */
    boolean askYesNo(String prompt);

    /**
     * The console's raw bytes for one XMODEM transfer the loader receives (closed after it), or empty when the
     * console carries text lines only.
     */
    default Optional<XmodemLink> openTransfer() throws IOException {
        return Optional.empty();
    }

    /** An input that has already ended. */
    static LineInput none() {
        return new LineInput() {
            @Override
            public Optional<String> readLine(String prompt) {
                return Optional.empty();
            }

            @Override
            public boolean askYesNo(String prompt) {
                return false;
            }
        };
    }
}
