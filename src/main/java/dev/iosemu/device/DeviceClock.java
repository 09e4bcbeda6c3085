package dev.iosemu.device;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The device's own clock: the injected clock plus an offset that {@code clock set} moves. A device without
 * a hardware calendar (a Catalyst 2960) starts again at {@code Mar 1 1993 00:00:00 UTC} at every power-on
 * and reload. Views in other zones share the offset. Thread-safe: the offset and the set flag live in one
 * atomic reference.
 */
public final class DeviceClock extends Clock {
    private record Setting(Duration offset, boolean set) {}

    /** Where the clock of a device without a calendar starts: IOS's epoch, the 2960's listing date. */
    public static final Instant NO_CALENDAR_START = Instant.parse("1993-03-01T00:00:00Z");

    private final Clock base;
    private final boolean hardwareCalendar;
    private final AtomicReference<Setting> setting;

    /** A device clock that reads {@code base} until it is set. */
    public DeviceClock(Clock base) {
        this(base, true);
    }

    /**
     * A device clock; with a hardware calendar it reads {@code base} until it is set, without one it
     * starts at {@link #NO_CALENDAR_START} and counts up from there.
     */
    public DeviceClock(Clock base, boolean hardwareCalendar) {
        this(base, hardwareCalendar, new AtomicReference<>(new Setting(Duration.ZERO, false)));
        restart();
    }

    private DeviceClock(Clock base, boolean hardwareCalendar, AtomicReference<Setting> setting) {
        this.base = Objects.requireNonNull(base, "base");
        this.hardwareCalendar = hardwareCalendar;
        this.setting = setting;
    }

    /**
     * Called at every power-on and reload: a device with a calendar keeps its time, one without goes back
     * to {@link #NO_CALENDAR_START} and forgets any {@code clock set}.
     */
    public void restart() {
        if (!hardwareCalendar) {
            setting.set(new Setting(Duration.between(base.instant(), NO_CALENDAR_START), false));
        }
    }

    /** Makes the clock read {@code now} from this moment on, as {@code clock set} does. */
    public void set(Instant now) {
        setting.set(new Setting(Duration.between(base.instant(), now), true));
    }

    /** True once a user has set the clock: {@code show clock} then drops its not-authoritative star. */
    public boolean isSet() {
        return setting.get().set();
    }

    /** Whether a battery-backed calendar keeps the time across power-off ({@code show clock detail} names it). */
    public boolean hasHardwareCalendar() {
        return hardwareCalendar;
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
        return new DeviceClock(base.withZone(zone), hardwareCalendar, setting);
    }
}
