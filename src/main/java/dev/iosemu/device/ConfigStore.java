package dev.iosemu.device;

import dev.iosemu.device.config.ConfigRenderer;
import dev.iosemu.device.config.RenderContext;
import dev.iosemu.device.config.RunningConfig;
import dev.iosemu.fs.local.DeviceFileSystems;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The running configuration, whether it changed since it was saved, who wants to hear of changes, and the
 * saved startup-config. Readers take {@link #running} without a lock (an immutable value behind a volatile
 * field). {@code lock} guards each change together with {@code modified} and is held only for moments;
 * {@code saving} orders writes of nvram:startup-config, which render and write outside {@code lock}, so a
 * slow write never stalls the sessions reading or changing the configuration ({@code lock} may be taken
 * inside {@code saving}, never the other way round).
 */
final class ConfigStore {
    private final ReentrantLock lock = new ReentrantLock();
    private final ReentrantLock saving = new ReentrantLock();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final StartupConfigStore startup;
    private final Supplier<RenderContext> rendering;
    private volatile RunningConfig running;
    private boolean modified; // guarded by lock

    /** A store starting from {@code initial}; {@code rendering} says how the device prints its configuration now. */
    ConfigStore(RunningConfig initial, StartupConfigStore startup, Supplier<RenderContext> rendering) {
        this.running = Objects.requireNonNull(initial, "initial");
        this.startup = Objects.requireNonNull(startup, "startup");
        this.rendering = Objects.requireNonNull(rendering, "rendering");
    }

    /** The store of a new device made from {@code setup}, its startup-config where its platform keeps it. */
    static ConfigStore of(DeviceSetup setup, DeviceFileSystems fileSystems, Supplier<RenderContext> rendering) {
        return new ConfigStore(
                FactoryDefaults.config(setup, false),
                StartupConfigStore.on(fileSystems, setup.identity().platform()),
                rendering);
    }

    /** {@code boot system} kept as lines of this configuration, the loader reading the saved ones. */
    ConfigBootLines bootLines() {
        return new ConfigBootLines(this::running, this::configure, this::startupText);
    }

    RunningConfig running() {
        return running;
    }

    /** Applies {@code change} atomically, marks the configuration modified, then tells the listeners. */
    void configure(Consumer<RunningConfig.Builder> change) {
        lock.lock();
        try {
            RunningConfig.Builder builder = running.toBuilder();
            change.accept(builder);
            running = builder.build();
            modified = true;
        } finally {
            lock.unlock();
        }
        listeners.forEach(Runnable::run);
    }

    /** Starts over from {@code fresh} (an image's defaults, before the startup-config replay). */
    void reset(RunningConfig fresh) {
        lock.lock();
        try {
            running = Objects.requireNonNull(fresh, "fresh");
        } finally {
            lock.unlock();
        }
        listeners.forEach(Runnable::run);
    }

    /** The configuration now counts as saved (IOS is up with what it replayed). */
    void markSaved() {
        lock.lock();
        try {
            modified = false;
        } finally {
            lock.unlock();
        }
    }

    boolean modified() {
        lock.lock();
        try {
            return modified;
        } finally {
            lock.unlock();
        }
    }

    void onChange(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** The running configuration as text, {@code !} to {@code end}. */
    List<String> text() {
        return ConfigRenderer.render(running, rendering.get());
    }

    Optional<String> startupText() throws IOException {
        return startup.read();
    }

    /**
     * {@code write memory}: renders a snapshot and writes it to nvram with no lock held, then clears the
     * modified flag only if nobody changed the configuration meanwhile.
     */
    void save() throws IOException {
        saving.lock();
        try {
            RunningConfig snapshot = running;
            startup.write(String.join("\n", ConfigRenderer.render(snapshot, rendering.get())) + "\n");
            lock.lock();
            try {
                modified = modified && running != snapshot;
            } finally {
                lock.unlock();
            }
        } finally {
            saving.unlock();
        }
    }

    void eraseStartup() throws IOException {
        startup.erase();
    }
}
