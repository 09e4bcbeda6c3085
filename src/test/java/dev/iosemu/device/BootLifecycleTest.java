package dev.iosemu.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BootLifecycleTest {
    private static final Instant MADE = Instant.parse("1993-03-01T00:00:00Z");
    private static final Instant LATER = Instant.parse("1993-03-01T01:00:00Z");

    private final BootLifecycle lifecycle = new BootLifecycle(MADE);

    @Test
    void onlyRunningIosCanBeReloadedAndOnlyOnceAtATime() {
        assertThat(lifecycle.beginReload(LATER, ReloadReason.COMMAND))
                .as("still booting")
                .isFalse();
        lifecycle.iosReady(MADE);

        assertThat(lifecycle.beginReload(LATER, ReloadReason.COMMAND)).isTrue();
        assertThat(lifecycle.beginReload(LATER, ReloadReason.COMMAND))
                .as("a second reload while the first boots")
                .isFalse();
        assertThat(lifecycle.now().state()).isEqualTo(DeviceState.BOOTING);
        assertThat(lifecycle.now().lastReload()).contains(LATER);
    }

    @Test
    void theLoaderForgetsTheImageAndAPowerOnForgetsTheReload() {
        lifecycle.iosReady(MADE);
        lifecycle.beginReload(LATER, ReloadReason.COMMAND);
        lifecycle.enterLoader();

        assertThat(lifecycle.now().state()).isEqualTo(DeviceState.LOADER);
        assertThat(lifecycle.now().booted()).isEmpty();
        lifecycle.poweringOn();
        assertThat(lifecycle.now().lastReload()).isEmpty();
    }
}
