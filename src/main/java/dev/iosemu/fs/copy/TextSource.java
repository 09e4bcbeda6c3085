package dev.iosemu.fs.copy;

import java.util.Objects;

/** Text held in memory (a configuration being saved), copied as UTF-8. */
public record TextSource(String text) implements CopySource {
    public TextSource {
        Objects.requireNonNull(text, "text");
    }
}
