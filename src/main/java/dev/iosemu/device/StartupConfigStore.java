package dev.iosemu.device;

import dev.iosemu.fs.local.LocalFileSystem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;

/**
 * The startup-config as the real file {@code nvram:startup-config}. A write is staged
 * ({@link LocalFileSystem#write}), so a failed or interrupted write leaves the previous configuration.
 */
final class StartupConfigStore {
    static final String PATH = "/startup-config";

    private final LocalFileSystem nvram;

    StartupConfigStore(LocalFileSystem nvram) {
        this.nvram = nvram;
    }

    Optional<String> read() throws IOException {
        if (!nvram.exists(PATH)) {
            return Optional.empty();
        }
        return Optional.of(Files.readString(nvram.readablePath(PATH), StandardCharsets.UTF_8));
    }

    void write(String text) throws IOException {
        nvram.write(PATH, text.getBytes(StandardCharsets.UTF_8));
    }

    boolean erase() throws IOException {
        if (!nvram.exists(PATH)) {
            return false;
        }
        nvram.delete(PATH);
        return true;
    }

    /** {@code show startup-config}: the usage header and the text, or the not-present message. */
    java.util.List<String> show() throws IOException {
        Optional<String> text = read();
        if (text.isEmpty()) {
            return java.util.List.of("startup-config is not present");
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        out.add("Using " + text.get().length() + " out of " + capacity() + " bytes");
        out.addAll(text.get().lines().toList());
        return out;
    }

    /** The capacity {@code show startup-config} reports. */
    long capacity() {
        return nvram.totalBytes();
    }
}
