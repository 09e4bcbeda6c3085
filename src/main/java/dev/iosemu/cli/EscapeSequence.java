package dev.iosemu.cli;

/**
 * IOS's escape sequence: Ctrl-Shift-6 (Ctrl-^, 0x1E) then {@code x} suspends the session to another device
 * that is running on this line and brings back the local prompt. A console hands it on as the line it read
 * ({@link #SUSPEND}); the line editor takes the two keys at once, a script writes them as a line.
 */
public final class EscapeSequence {
    /** The escape character, Ctrl-^ (typed as Ctrl-Shift-6). */
    public static final char ESCAPE = '\u001E';

    /** The line a console returns when the escape sequence was typed. */
    public static final String SUSPEND = ESCAPE + "x";

    private EscapeSequence() {}

    /** Whether {@code line} holds the escape sequence ({@code x} in either case): what was typed before it is dropped. */
    public static boolean suspends(String line) {
        int at = line.indexOf(ESCAPE);
        return at >= 0 && at + 1 < line.length() && Character.toLowerCase(line.charAt(at + 1)) == 'x';
    }
}
