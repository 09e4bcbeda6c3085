package dev.iosemu.cli;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * The longest line a console takes, and reading lines that may be longer without holding them: a 100 MB
 * line on standard input must not exhaust the heap. A longer line is dropped whole with {@link #TOO_LONG}
 * (IOS's own console buffer is far shorter; this bound leaves room for long {@code description}s and
 * pasted banners).
 */
public final class InputLine {
    /** The most characters of one input line a console passes on. */
    public static final int MAX_LENGTH = 4096;

    /** What the console shows instead of running a line longer than {@link #MAX_LENGTH}. */
    public static final String TOO_LONG =
            "% Input line too long (more than " + MAX_LENGTH + " characters), discarded\n";

    private InputLine() {}

    /** Whether {@code line} is longer than a console takes. */
    public static boolean tooLong(String line) {
        return line.length() > MAX_LENGTH;
    }

    /**
     * Reads a line as {@link BufferedReader#readLine()} does (ended by LF, CR or CRLF), keeping at most
     * {@code MAX_LENGTH + 1} characters of it: the rest is read and dropped, so {@link #tooLong} still sees
     * that the line was too long. Null at the end of input.
     */
    static String read(BufferedReader reader) throws IOException {
        StringBuilder line = new StringBuilder();
        int c = reader.read();
        if (c < 0) {
            return null;
        }
        while (c >= 0 && c != '\n' && c != '\r') {
            if (line.length() <= MAX_LENGTH) {
                line.append((char) c);
            }
            c = reader.read();
        }
        if (c == '\r') {
            reader.mark(1);
            if (reader.read() != '\n') {
                reader.reset();
            }
        }
        return line.toString();
    }
}
