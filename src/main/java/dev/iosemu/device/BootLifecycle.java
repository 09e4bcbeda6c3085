package dev.iosemu.device;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * Where a device is in its boot cycle: booting, in its loader, or running IOS. Readers take the current
 * {@link BootState} without a lock; each change swaps in a new one, and {@link #beginReload} claims a reload
 * by compare-and-set, so of two sessions typing {@code reload} at once only one boots the device.
 * Thread-safe.
 */
final class BootLifecycle {
    private final AtomicReference<BootState> current;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    BootLifecycle(Instant madeAt) {
        current = new AtomicReference<>(
                new BootState(DeviceState.BOOTING, Optional.empty(), madeAt, Optional.empty(), ReloadReason.COMMAND));
    }

    BootState now() {
        return current.get();
    }

    /** A power-on: whatever ran before is gone, and no reload led here. */
    void poweringOn() {
        update(s -> new BootState(
                DeviceState.BOOTING, Optional.empty(), s.restartedAt(), Optional.empty(), ReloadReason.COMMAND));
    }

    /** Claims a reload of the running IOS; false when the device is not running IOS (a boot is under way). */
    boolean beginReload(Instant at, ReloadReason reason) {
        BootState seen = current.get();
        while (seen.state() == DeviceState.IOS) {
            BootState reloading =
                    new BootState(DeviceState.BOOTING, seen.booted(), seen.restartedAt(), Optional.of(at), reason);
            if (current.compareAndSet(seen, reloading)) {
                changed();
                return true;
            }
            seen = current.get();
        }
        return false;
    }

    void enterLoader() {
        update(s ->
                new BootState(DeviceState.LOADER, Optional.empty(), s.restartedAt(), s.lastReload(), s.reloadReason()));
    }

    void imageLoaded(BootedImage image) {
        update(s -> new BootState(s.state(), Optional.of(image), s.restartedAt(), s.lastReload(), s.reloadReason()));
    }

    void iosReady(Instant at) {
        update(s -> new BootState(DeviceState.IOS, s.booted(), at, s.lastReload(), s.reloadReason()));
    }

    /** Calls {@code listener} after every change of state, on the thread that made it. */
    void onChange(Runnable listener) {
        listeners.add(listener);
    }

    private void update(UnaryOperator<BootState> change) {
        current.updateAndGet(change);
        changed();
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
