package dev.iosemu.device;

/**
 * Where the device writes console text while no command session owns the console (boot, ROMMON).
 * The app adapts it to the terminal or batch output; tests collect it.
 */
public interface ConsoleSink {
    /** Writes {@code text} followed by a line end. */
    default void line(String text) {
        text(text + "\n");
    }

    /** Writes {@code text} as is, for progress marks and prompts that stay on the line. */
    void text(String text);
}
