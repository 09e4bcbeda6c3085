package dev.iosemu.console;

import java.util.ArrayList;
import java.util.List;

/** A minimal screen model: applies CR, LF, backspace and overwriting, drops escape sequences and bells. */
final class Screen {
    private Screen() {}

    static String render(String raw) {
        List<StringBuilder> rows = new ArrayList<>();
        rows.add(new StringBuilder());
        int column = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            StringBuilder row = rows.getLast();
            switch (c) {
                case '\r' -> column = 0;
                case '\n' -> {
                    rows.add(new StringBuilder());
                    column = 0;
                }
                case '\b' -> column = Math.max(0, column - 1);
                case '\u0007' -> {}
                case '\u001B' -> i = skipEscape(raw, i);
                default -> {
                    while (row.length() < column) {
                        row.append(' ');
                    }
                    if (column < row.length()) {
                        row.setCharAt(column, c);
                    } else {
                        row.append(c);
                    }
                    column++;
                }
            }
        }
        StringBuilder text = new StringBuilder();
        for (StringBuilder row : rows) {
            text.append(row.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }

    private static int skipEscape(String raw, int start) {
        int i = start + 1;
        if (i < raw.length() && raw.charAt(i) != '[') {
            return i;
        }
        if (i < raw.length()) {
            i++;
            while (i < raw.length() && !Character.isLetter(raw.charAt(i))) {
                i++;
            }
        }
        return i;
    }
}
