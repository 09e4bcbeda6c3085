package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 15's invariant, kept cheap: a powered-on device without lab servers starts no platform thread of
 * its own (its TFTP server waits for a {@code tftp-server} line), so a thousand devices fit one JVM. The
 * figures (heap per device) are in {@code scripts/bench idle}.
 */
class IdleDeviceTest {
    @Test
    void idleDevicesWithoutLabServersStartNoPlatformThread() throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        List<VirtualDevice> devices = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                VirtualDevice device = VirtualDevice.builder().labServers(false).build();
                devices.add(device);
                device.powerOn();
            }
            List<String> started = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> !before.contains(t))
                    .map(Thread::getName)
                    .filter(name -> !name.startsWith("ForkJoinPool")) // virtual-thread carriers, JVM-wide
                    .toList();
            assertThat(started).isEmpty();
        } finally {
            for (VirtualDevice device : devices) {
                device.close();
            }
        }
    }
}
