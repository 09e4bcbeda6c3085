package dev.iosemu.cli;

import java.util.Objects;

/**
 * One prefix a URL argument accepts, with its help text: {@code flash:} / {@code Copy from flash: file
 * system}, or a whole-word location such as {@code running-config}.
 */
public record UrlPrefix(String prefix, String description) {
    public UrlPrefix {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(description, "description");
        if (prefix.isBlank() || prefix.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("bad URL prefix: '" + prefix + "'");
        }
    }

    /** The prefix without its trailing colon, the part a user may abbreviate ({@code flash}). */
    String stem() {
        return prefix.endsWith(":") ? prefix.substring(0, prefix.length() - 1) : prefix;
    }
}
