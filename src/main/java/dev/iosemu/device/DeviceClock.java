package dev.iosemu.device;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The device's own clock: the injected clock plus an offset that {@code clock set} moves. Views in
 * other zones share the offset. Thread-safe: the offset and the set flag live in one atomic reference.
 */
public final class DeviceClock extends Clock {
    private record Setting(Duration offset, boolean set) {}

    private final Clock base;
    private final AtomicReference<Setting> setting;

    /** A device clock that reads {@code base} until it is set. */
    public DeviceClock(Clock base) {
        this(base, new AtomicReference<>(new Setting(Duration.ZERO, false)));
    }

    private DeviceClock(Clock base, AtomicReference<Setting> setting) {
        this.base = Objects.requireNonNull(base, "base");
        this.setting = setting;
    }

    /** Makes the clock read {@code now} from this moment on, as {@code clock set} does. */
    public void set(Instant now) {
        setting.set(new Setting(Duration.between(base.instant(), now), true));
    }

    /** True once a user has set the clock: {@code show clock} then drops its not-authoritative star. */
    public boolean isSet() {
        return setting.get().set();
    }

    @Override
    public Instant instant() {
        return base.instant().plus(setting.get().offset());
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new DeviceClock(base.withZone(zone), setting);
    }
}
