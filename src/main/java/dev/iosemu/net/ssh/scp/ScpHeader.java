package dev.iosemu.net.ssh.scp;

import java.util.Objects;

/**
 * The {@code C} line that announces one file: {@code C0644 1309 request.pem}.
 *
 * @param mode four octal digits, as sent
 * @param size the bytes that follow
 * @param name the file's name, without directories
 */
public record ScpHeader(String mode, long size, String name) {
    public ScpHeader {
        if (mode == null || !mode.matches("[0-7]{4}")) {
            throw new IllegalArgumentException("mode must be four octal digits: " + mode);
        }
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
        if (name == null || name.isEmpty() || name.contains("/") || name.contains("\n")) {
            throw new IllegalArgumentException("name must be one path element: " + name);
        }
    }

    /** A file of {@code size} bytes named {@code name}, mode {@code 0644} as IOS sends its files. */
    public static ScpHeader of(long size, String name) {
        return new ScpHeader("0644", size, name);
    }

    /**
     * Parses the text of a {@code C} line without its line end.
     *
     * @throws ScpException when it is not one
     */
    public static ScpHeader parse(String line) throws ScpException {
        Objects.requireNonNull(line, "line");
        String[] parts = line.split(" ", 3);
        try {
            if (parts.length != 3 || parts[0].length() != 5 || parts[0].charAt(0) != 'C') {
                throw new IllegalArgumentException(line);
            }
            return new ScpHeader(parts[0].substring(1), Long.parseLong(parts[1]), parts[2]);
        } catch (IllegalArgumentException e) {
            throw new ScpException(ScpException.Kind.PROTOCOL, "not a file header: " + line);
        }
    }

    /** The line as sent, without its line end: {@code C0644 1309 request.pem}. */
    public String line() {
        return "C" + mode + " " + size + " " + name;
    }
}
