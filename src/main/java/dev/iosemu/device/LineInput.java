package dev.iosemu.device;

import java.util.Optional;

/**
 * Console input for the boot loader: shows a prompt and reads one line. The app hands the console to
 * it (terminal or batch lines); empty means input has ended.
 */
public interface LineInput {
    /** Prints {@code prompt}, then waits for one line; empty when input has ended. */
    Optional<String> readLine(String prompt);

    /** An input that has already ended. */
    static LineInput none() {
        return prompt -> Optional.empty();
    }
}
