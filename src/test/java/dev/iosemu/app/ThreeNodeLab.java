package dev.iosemu.app;

import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.lab.LabNetwork;
import dev.iosemu.lab.Link;
import dev.iosemu.lab.ManualTime;
import dev.iosemu.testing.LabReady;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Two c1941 routers and a c2960x switch in one lab on a manual clock, cabled in Java (r1 Gi0/0 to sw Gi1/0/1,
 * r2 Gi0/0 to sw Gi1/0/2) and booted, five seconds on: what the lab tests start from.
 */
final class ThreeNodeLab implements AutoCloseable {
    final ManualTime time = new ManualTime(Instant.parse("2026-03-01T00:00:00Z"));
    final Lab lab;
    final VirtualDevice r1;
    final VirtualDevice r2;
    final VirtualDevice sw;
    final Link r1Cable;
    private final List<AutoCloseable> opened = new ArrayList<>();

    ThreeNodeLab() throws Exception {
        lab = Lab.builder().servers(false).network(LabNetwork.create(time)).build();
        opened.add(lab);
        r1 = device("c1941");
        r2 = device("c1941");
        sw = device("c2960x");
        r1Cable = lab.connect(r1, "Gi0/0", sw, "Gi1/0/1");
        lab.connect(r2, "GigabitEthernet0/0", sw, "gi1/0/2");
        for (VirtualDevice device : List.of(r1, r2, sw)) {
            device.powerOn();
        }
        time.advance(Duration.ofSeconds(5));
    }

    private VirtualDevice device(String profile) throws Exception {
        VirtualDevice device =
                VirtualDevice.builder().lab(lab).profile(profile).clock(time).build();
        opened.add(0, device); // devices close before their lab
        return device;
    }

    /** A console in privileged EXEC. */
    static HeadlessSession console(VirtualDevice device) {
        HeadlessSession console = device.openSession();
        LabReady.enable(console);
        return console;
    }

    /** Names {@code router} and gives its Gi0/0 {@code address}/24, opened. */
    static void address(VirtualDevice router, String name, String address) {
        configure(
                router,
                "hostname " + name,
                "interface GigabitEthernet0/0",
                "ip address " + address + " 255.255.255.0",
                "no shutdown");
    }

    /** Runs {@code lines} in global configuration on a fresh console. */
    static String configure(VirtualDevice device, String... lines) {
        HeadlessSession console = console(device);
        StringBuilder out = new StringBuilder(console.exec("configure terminal"));
        for (String line : lines) {
            out.append(console.exec(line));
        }
        out.append(console.exec("end"));
        return out.toString();
    }

    /** r1 at 10.0.0.1 and r2 at 10.0.0.2, both named. */
    ThreeNodeLab addressed() {
        address(r1, "R1", "10.0.0.1");
        address(r2, "R2", "10.0.0.2");
        return this;
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable each : opened) {
            each.close();
        }
    }
}
