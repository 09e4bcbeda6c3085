package dev.iosemu.cli.commands.connect;

import dev.iosemu.cli.InputKind;
import java.util.Locale;
import java.util.Optional;

/**
 * What the far end of a session prints, turned into the local console's text: line ends become {@code \n},
 * the echo of a line just sent is dropped (the local console already shows what was typed), as is the erasing
 * of a {@code --More--} prompt after its key, and a last unfinished line is held back while it may be a prompt
 * the next typed line answers. Not thread-safe: the session thread owns it.
 */
final class RemoteText {
    private static final String MORE = "--More--";

    private final StringBuilder pending = new StringBuilder();
    private String echo; // the rest of the echo still expected, then a line end; null when none is
    private int erase = -1; // -1: no erase expected; else the backspaces counted so far
    private int eraseRest; // spaces then backspaces still to drop after the counted ones

    /** Takes one chunk from the far end; returns the whole lines that are ready to show. */
    String add(String chunk) {
        for (int i = 0; i < chunk.length(); i++) {
            char c = chunk.charAt(i);
            if (c == '\r' || c == 0) {
                continue;
            }
            if (!dropsAsEcho(c) && !dropsAsErase(c)) {
                pending.append(c);
            }
        }
        int end = pending.lastIndexOf("\n");
        if (end < 0) {
            return "";
        }
        String lines = pending.substring(0, end + 1);
        pending.delete(0, end + 1);
        return lines;
    }

    private boolean dropsAsEcho(char c) {
        if (echo == null) {
            return false;
        }
        if (echo.isEmpty()) {
            echo = null;
            return c == '\n';
        }
        if (echo.charAt(0) == c) {
            echo = echo.substring(1);
            return true;
        }
        echo = null; // something else came first (a log line): show everything from here
        return false;
    }

    /** Drops the {@code \b..\b  ..  \b..\b} that wipes a {@code --More--} prompt. */
    private boolean dropsAsErase(char c) {
        if (erase < 0) {
            return false;
        }
        if (eraseRest == 0 && c == '\b') {
            erase++;
            return true;
        }
        if (eraseRest == 0 && erase > 0) {
            eraseRest = 2 * erase;
        }
        if (eraseRest > 0 && c == (eraseRest > erase ? ' ' : '\b')) {
            if (--eraseRest == 0) {
                erase = -1;
            }
            return true;
        }
        erase = -1;
        eraseRest = 0;
        return false;
    }

    /**
     * The unfinished last line, when it looks like a prompt waiting for a line or a key: a CLI prompt (one word
     * ending in {@code #} or {@code >}), a question ending in {@code ": "} or {@code "? "}, {@code [confirm]}, or
     * the pager's. Output cut in the middle of a line ({@code ...found at:}, {@code [OK]}) has none of these
     * shapes, so a pause there is never taken for a prompt.
     */
    Optional<String> prompt() {
        String text = pending.toString();
        boolean cli = !text.isEmpty()
                && text.chars().noneMatch(Character::isWhitespace)
                && (text.endsWith("#") || text.endsWith(">"));
        boolean prompt = cli
                || text.endsWith(": ")
                || text.endsWith("? ")
                || text.endsWith("[confirm]")
                || text.stripTrailing().endsWith(MORE);
        return prompt ? Optional.of(text) : Optional.empty();
    }

    /** Whether {@code prompt} is the pager's, answered by one key. */
    static boolean isMore(String prompt) {
        return prompt.stripTrailing().endsWith(MORE);
    }

    /** How the local console reads the answer to {@code prompt}: a password unseen, anything else echoed. */
    static InputKind kindOf(String prompt) {
        return prompt.stripTrailing().toLowerCase(Locale.ROOT).endsWith("password:")
                ? InputKind.SECRET
                : InputKind.ANSWER;
    }

    /** How many characters are held back. */
    int held() {
        return pending.length();
    }

    /** Everything held back; nothing is held after. */
    String drain() {
        String rest = pending.toString();
        pending.setLength(0);
        return rest;
    }

    /** A line was sent: its echo (none for a secret) and the line end after it are not shown again. */
    void sent(String line, InputKind kind) {
        echo = kind == InputKind.SECRET ? "" : line;
    }

    /** A key answered the pager: the prompt's erasing is not shown. */
    void pagerAnswered() {
        erase = 0;
        eraseRest = 0;
    }
}
