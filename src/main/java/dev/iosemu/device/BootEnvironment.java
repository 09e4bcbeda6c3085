package dev.iosemu.device;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The boot loader's persistent state: its variables (ROMMON monitor variables, or the 2960 loader
 * environment with {@code BOOT}) and the configuration register, current and pending. IOS writes these
 * to NVRAM at once, so they survive a reload without {@code write memory}: listeners ({@link #onChange})
 * hear of every change and keep a copy in {@code nvram:}. Thread-safe: every field but the listener list
 * is guarded by {@link #lock}; listeners run after it is released, on the changing thread.
 */
public final class BootEnvironment {
    /** The 2960 loader variable holding the boot path list. */
    public static final String BOOT = "BOOT";

    /** The 2960 loader variable that stops at {@code switch:} instead of booting. */
    public static final String MANUAL_BOOT = "MANUAL_BOOT";

    /** The 2960 loader variable that lets Break interrupt the boot ({@code boot enable-break}). */
    public static final String ENABLE_BREAK = "ENABLE_BREAK";

    /** The Catalyst loader variable {@code no service password-recovery} sets to 1. */
    public static final String DISABLE_PASSWORD_RECOVERY = "SWITCH_DISABLE_PASSWORD_RECOVERY";

    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, String> variables = new LinkedHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private int configRegister;
    private int nextConfigRegister;
    private boolean changed; // since the listeners last heard

    /** An environment with no variables and the given register. */
    public BootEnvironment(int configRegister) {
        this.configRegister = configRegister;
        this.nextConfigRegister = configRegister;
    }

    /** A snapshot of the variables in the order they were first set. */
    public Map<String, String> variables() {
        lock.lock();
        try {
            return new LinkedHashMap<>(variables);
        } finally {
            lock.unlock();
        }
    }

    public Optional<String> get(String name) {
        lock.lock();
        try {
            return Optional.ofNullable(variables.get(name));
        } finally {
            lock.unlock();
        }
    }

    public void set(String name, String value) {
        change(() -> changed |= !value.equals(variables.put(name, value)));
    }

    /** Removes a variable; false when it was not set. */
    public boolean unset(String name) {
        boolean[] removed = {false};
        change(() -> {
            removed[0] = variables.remove(name) != null;
            changed |= removed[0];
        });
        return removed[0];
    }

    /** Calls {@code listener} after each change (on the changing thread, outside the lock). */
    public void onChange(Runnable listener) {
        listeners.add(java.util.Objects.requireNonNull(listener, "listener"));
    }

    /** Whether the password-recovery mechanism is enabled (the default; a switch can turn it off). */
    public boolean passwordRecovery() {
        return !get(DISABLE_PASSWORD_RECOVERY).map(String::strip).orElse("0").equals("1");
    }

    /** Whether the 2960 loader is told to stop at {@code switch:} ({@code MANUAL_BOOT=yes}). */
    public boolean manualBoot() {
        return get(MANUAL_BOOT)
                .map(value -> value.strip().equalsIgnoreCase("yes"))
                .orElse(false);
    }

    /** The entries of the 2960 {@code BOOT} variable ({@code flash:a.bin;flash:b.bin}), in order. */
    public List<String> bootPath() {
        return get(BOOT).map(BootEnvironment::splitPath).orElse(List.of());
    }

    /** Sets or clears the {@code BOOT} variable from a list of paths. */
    public void setBootPath(List<String> paths) {
        if (paths.isEmpty()) {
            unset(BOOT);
        } else {
            set(BOOT, String.join(";", paths));
        }
    }

    /** Appends {@code path} to BOOT unless it is already there ({@code boot system} on a switch). */
    public void addBootPath(String path) {
        change(() -> {
            List<String> paths = new ArrayList<>(bootPath());
            if (!paths.contains(path)) {
                paths.add(path);
            }
            setBootPath(paths);
        });
    }

    /** Removes {@code path} from BOOT, or clears BOOT when empty ({@code no boot system [path]}). */
    public void removeBootPath(Optional<String> path) {
        change(() -> {
            List<String> paths = new ArrayList<>(bootPath());
            path.ifPresentOrElse(paths::remove, paths::clear);
            setBootPath(paths);
        });
    }

    /** The register in effect since the last boot. */
    public int configRegister() {
        lock.lock();
        try {
            return configRegister;
        } finally {
            lock.unlock();
        }
    }

    /** The register the next boot will use. */
    public int nextConfigRegister() {
        lock.lock();
        try {
            return nextConfigRegister;
        } finally {
            lock.unlock();
        }
    }

    /** Sets the register for the next boot ({@code config-register}, ROMMON {@code confreg}). */
    public void setNextConfigRegister(int value) {
        if (value < 0 || value > 0xFFFF) {
            throw new IllegalArgumentException("configuration register must be 0x0..0xFFFF: " + value);
        }
        change(() -> {
            changed |= nextConfigRegister != value;
            nextConfigRegister = value;
        });
    }

    /** Makes the pending register current, as a boot does; returns it. */
    public int applyPendingRegister() {
        change(() -> {
            changed |= configRegister != nextConfigRegister;
            configRegister = nextConfigRegister;
        });
        return configRegister();
    }

    /**
     * The whole environment as a value, for saving device state.
     *
     * @param variables loader variables in order
     * @param configRegister the register in effect
     * @param nextConfigRegister the register of the next boot
     */
    public record Snapshot(Map<String, String> variables, int configRegister, int nextConfigRegister) {
        public Snapshot {
            variables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(variables));
        }
    }

    /** A consistent copy of the environment. */
    public Snapshot snapshot() {
        lock.lock();
        try {
            return new Snapshot(variables, configRegister, nextConfigRegister);
        } finally {
            lock.unlock();
        }
    }

    /** Replaces the environment with a saved one (listeners are not told: it is what they saved). */
    public void restore(Snapshot saved) {
        lock.lock();
        try {
            variables.clear();
            variables.putAll(saved.variables());
            configRegister = saved.configRegister();
            nextConfigRegister = saved.nextConfigRegister();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs {@code mutation} under the lock; when the outermost change ends and something changed, tells the
     * listeners after releasing the lock.
     */
    private void change(Runnable mutation) {
        boolean tell;
        lock.lock();
        try {
            mutation.run();
            tell = changed && lock.getHoldCount() == 1;
            if (tell) {
                changed = false;
            }
        } finally {
            lock.unlock();
        }
        if (tell) {
            listeners.forEach(Runnable::run);
        }
    }

    private static List<String> splitPath(String value) {
        List<String> out = new ArrayList<>();
        Arrays.stream(value.split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .forEach(out::add);
        return out;
    }
}
