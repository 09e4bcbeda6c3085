package dev.iosemu.device;

import dev.iosemu.device.config.RunningConfig;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * {@code boot system} as lines of the configuration: the running config holds them, and ROMMON boots from
 * the lines of the saved startup-config (IOS sets BOOT from them when the configuration is saved).
 *
 * @param running the running configuration now
 * @param configure applies a change to the running configuration
 * @param startup reads the saved configuration
 */
record ConfigBootLines(
        Supplier<RunningConfig> running, Consumer<Consumer<RunningConfig.Builder>> configure, SavedConfig startup)
        implements BootSystemStore {
    /** Reads nvram:startup-config, empty when there is none. */
    @FunctionalInterface
    interface SavedConfig {
        Optional<String> read() throws IOException;
    }

    @Override
    public List<String> entries() {
        return running.get().bootSystem();
    }

    @Override
    public void add(String path) {
        configure.accept(b -> b.addBootSystem(path));
    }

    @Override
    public void remove(Optional<String> path) {
        configure.accept(b -> b.removeBootSystem(path));
    }

    @Override
    public List<String> forBoot() throws IOException {
        return startup.read().map(StartupConfig::bootEntries).orElse(List.of());
    }
}
