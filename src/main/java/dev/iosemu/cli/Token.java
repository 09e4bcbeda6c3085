package dev.iosemu.cli;

import java.util.ArrayList;
import java.util.List;

/** One whitespace-separated word of a command line and the column it starts at. */
record Token(String text, int start) {

    int end() {
        return start + text.length();
    }

    /** Splits a line on spaces and tabs, keeping each word's column for the caret. */
    static List<Token> split(String line) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            if (isBlank(line.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < line.length() && !isBlank(line.charAt(i))) {
                i++;
            }
            tokens.add(new Token(line.substring(start, i), start));
        }
        return tokens;
    }

    static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
