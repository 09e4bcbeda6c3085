package dev.iosemu.device;

import dev.iosemu.fs.local.DeviceFileSystems;
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

    /** The store on the device's {@code nvram:} file system. */
    static StartupConfigStore on(DeviceFileSystems fileSystems) {
        return new StartupConfigStore(fileSystems
                .find("nvram:")
                .orElseThrow(() -> new IllegalArgumentException("a device needs an nvram: file system")));
    }

    Optional<String> read() throws IOException {
        if (!nvram.exists(PATH)) {
            return Optional.empty();
        }
        // leniently, malformed bytes replaced: IOS shows and replays what it can of a damaged file
        return Optional.of(new String(Files.readAllBytes(nvram.readablePath(PATH)), StandardCharsets.UTF_8));
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
}
