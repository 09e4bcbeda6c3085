package dev.iosemu.device;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.lab.LabAddressMap;
import dev.iosemu.profile.DeviceProfiles;
import dev.iosemu.profile.ProfileException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The shipped profiles: a 2960 restarts its clock in 1993 at every boot, a router keeps the real time. */
class DeviceCalendarTest {
    private static final Instant NOW = Instant.parse("2026-11-21T07:00:00Z");

    private static Router booted(String profile, TestClock clock) throws IOException, ProfileException {
        Router router = Router.create(DeviceProfiles.load(profile), clock, LabAddressMap.empty());
        router.powerOn(new RecordingConsole("no").boot());
        return router;
    }

    @Test
    void catalystClockStartsAtMarchFirst1993AfterPowerOn() throws Exception {
        TestClock clock = new TestClock(NOW);
        Router router = booted("c2960x", clock);
        clock.advance(Duration.ofMinutes(5));

        assertThat(router.clock().instant())
                .isBetween(Instant.parse("1993-03-01T00:05:00Z"), Instant.parse("1993-03-01T00:10:00Z"));
        assertThat(router.clock().isSet()).isFalse();
    }

    @Test
    void catalystReloadForgetsClockSetAndStartsAgainIn1993() throws Exception {
        TestClock clock = new TestClock(NOW);
        Router router = booted("c2960x", clock);
        router.clock().set(Instant.parse("2026-11-21T08:00:00Z"));

        router.reload(Line.console(), new RecordingConsole("no").boot(), ReloadReason.COMMAND);

        assertThat(router.clock().instant()).isBefore(Instant.parse("1993-03-02T00:00:00Z"));
        assertThat(router.clock().isSet()).isFalse();
    }

    @Test
    void routerKeepsTheInjectedClockAcrossAReload() throws Exception {
        TestClock clock = new TestClock(NOW);
        Router router = booted("c1941", clock);

        router.reload(Line.console(), new RecordingConsole("no").boot(), ReloadReason.COMMAND);

        assertThat(router.clock().instant()).isEqualTo(NOW);
    }
}
