package dev.iosemu.device.install;

import dev.iosemu.fs.local.LocalFileSystem;
import java.io.IOException;
import java.nio.file.Files;

/**
 * Where the install state lives: {@code nvram:install-state}, written whole and atomically after each step,
 * so it survives reloads and {@code --state}, and a failed operation leaves the boot device untouched (its
 * log line goes here). A missing or unreadable file reads as no installs.
 */
final class InstallStore {
    private static final String FILE = "/install-state";

    private final LocalFileSystem nvram;

    InstallStore(LocalFileSystem nvram) {
        this.nvram = nvram;
    }

    InstallRecord read() {
        try {
            return nvram.exists(FILE)
                    ? InstallRecord.decode(Files.readAllBytes(nvram.readablePath(FILE)))
                    : InstallRecord.empty();
        } catch (IOException e) {
            return InstallRecord.empty();
        }
    }

    void write(InstallRecord record) throws IOException {
        nvram.write(FILE, record.encode());
    }
}
