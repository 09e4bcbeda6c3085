package dev.iosemu.device;

import dev.iosemu.fs.local.DeviceFileSystems;
import dev.iosemu.fs.local.LocalFileSystem;
import dev.iosemu.fs.local.StagingSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;

/**
 * The startup-config as a real file: {@code nvram:startup-config}, or on a switch whose NVRAM is simulated in
 * flash (a 2960) {@code flash:config.text}, which that switch's {@code nvram:startup-config} names ({@link
 * FlashConfigLinks}). A write is staged, so a failed or interrupted write leaves the previous configuration;
 * in flash the switch writes {@code config.text}, {@code private-config.text} and its {@code multiple-fs} again
 * as one step, as a real 2960's listing shows them written together.
 */
final class StartupConfigStore {
    static final String PATH = "/startup-config";
    static final String FLASH_CONFIG = "/config.text";
    static final String FLASH_PRIVATE = "/private-config.text";
    private static final String MULTIPLE_FS = "/multiple-fs";
    /** The private part of the configuration (what IOS keeps apart from config.text); none is modelled. */
    private static final byte[] PRIVATE_TEXT = "!\nend\n".getBytes(StandardCharsets.US_ASCII);

    private final LocalFileSystem fs;
    private final String path;
    private final boolean inFlash;

    private StartupConfigStore(LocalFileSystem fs, String path, boolean inFlash) {
        this.fs = fs;
        this.path = path;
        this.inFlash = inFlash;
    }

    /** The store of a device on {@code fileSystems}: in {@code nvram:}, or in flash where {@code platform} keeps it. */
    static StartupConfigStore on(DeviceFileSystems fileSystems, Platform platform) {
        if (platform.configInFlash()) {
            LocalFileSystem flash = fileSystems
                    .find(platform.bootDevice())
                    .orElseThrow(
                            () -> new IllegalArgumentException("no " + platform.bootDevice() + " for config.text"));
            return new StartupConfigStore(flash, FLASH_CONFIG, true);
        }
        return new StartupConfigStore(
                fileSystems
                        .find("nvram:")
                        .orElseThrow(() -> new IllegalArgumentException("a device needs an nvram: file system")),
                PATH,
                false);
    }

    Optional<String> read() throws IOException {
        if (!fs.exists(path)) {
            return Optional.empty();
        }
        // leniently, malformed bytes replaced: IOS shows and replays what it can of a damaged file
        return Optional.of(new String(Files.readAllBytes(fs.readablePath(path)), StandardCharsets.UTF_8));
    }

    void write(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (!inFlash) {
            fs.write(path, bytes);
            return;
        }
        try (StagingSet set = fs.openStagingSet()) {
            set.add(FLASH_CONFIG).write(bytes);
            set.add(FLASH_PRIVATE).write(PRIVATE_TEXT);
            if (fs.exists(MULTIPLE_FS) && !fs.isDirectory(MULTIPLE_FS)) {
                byte[] same = fs.readText(MULTIPLE_FS).getBytes(StandardCharsets.UTF_8);
                set.add(MULTIPLE_FS).write(same);
            }
            set.commit();
        }
    }

    /** Removes the startup-config (and in flash its private part); false when there was none. */
    boolean erase() throws IOException {
        if (!inFlash) {
            if (!fs.exists(path)) {
                return false;
            }
            fs.delete(path);
            return true;
        }
        boolean any = false;
        try (StagingSet set = fs.openStagingSet()) {
            for (String file : new String[] {FLASH_CONFIG, FLASH_PRIVATE}) {
                if (fs.exists(file)) {
                    set.removeAtCommit(file);
                    any = true;
                }
            }
            set.commit();
        }
        return any;
    }
}
