package dev.iosemu.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class DeviceClockTest {
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("1993-03-01T00:00:00Z"));
    private final Clock base = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @Test
    void readsTheInjectedClockUntilSet() {
        DeviceClock clock = new DeviceClock(base);
        assertThat(clock.instant()).isEqualTo(Instant.parse("1993-03-01T00:00:00Z"));
        assertThat(clock.isSet()).isFalse();
    }

    @Test
    void setTimeKeepsRunningWithTheInjectedClock() {
        DeviceClock clock = new DeviceClock(base);
        clock.set(Instant.parse("2026-11-21T10:00:00Z"));
        now.set(now.get().plus(Duration.ofSeconds(90)));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-21T10:01:30Z"));
        assertThat(clock.isSet()).isTrue();
    }

    @Test
    void zoneViewsShareTheSetting() {
        DeviceClock clock = new DeviceClock(base);
        Clock view = clock.withZone(ZoneId.of("Europe/Brussels"));
        clock.set(Instant.parse("2026-11-21T10:00:00Z"));
        assertThat(view.instant()).isEqualTo(Instant.parse("2026-11-21T10:00:00Z"));
    }

    @Test
    void withoutCalendarTheClockStartsIn1993AndCountsUp() {
        now.set(Instant.parse("2026-11-21T07:00:00Z"));
        DeviceClock clock = new DeviceClock(base, false);
        now.set(Instant.parse("2026-11-21T07:01:02Z"));
        assertThat(clock.instant()).isEqualTo(Instant.parse("1993-03-01T00:01:02Z"));
        assertThat(clock.isSet()).isFalse();
    }

    @Test
    void withoutCalendarARestartForgetsClockSet() {
        now.set(Instant.parse("2026-11-21T07:00:00Z"));
        DeviceClock clock = new DeviceClock(base, false);
        clock.set(Instant.parse("2024-05-05T10:00:00Z"));
        now.set(Instant.parse("2026-11-21T08:00:00Z"));
        clock.restart();
        assertThat(clock.instant()).isEqualTo(Instant.parse("1993-03-01T00:00:00Z"));
        assertThat(clock.isSet()).isFalse();
    }

    @Test
    void withCalendarARestartKeepsTheTime() {
        now.set(Instant.parse("2026-11-21T07:00:00Z"));
        DeviceClock clock = new DeviceClock(base, true);
        clock.set(Instant.parse("2024-05-05T10:00:00Z"));
        clock.restart();
        assertThat(clock.instant()).isEqualTo(Instant.parse("2024-05-05T10:00:00Z"));
        assertThat(clock.isSet()).isTrue();
    }
}
