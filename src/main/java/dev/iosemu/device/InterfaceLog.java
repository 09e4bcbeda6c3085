package dev.iosemu.device;

import dev.iosemu.lab.LabTimer;
import dev.iosemu.profile.Role;
import java.time.Duration;

/**
 * The console messages of interfaces changing state, with the gaps a real device leaves between them: the
 * line protocol follows the link by a second, and a switch port going down reports its line protocol first
 * and its link a second later. Each message is stamped when it prints, by the device's clock. Stateless.
 */
final class InterfaceLog {
    static final Duration GAP = Duration.ofSeconds(1);

    private final Router router;
    private final LabTimer timer;

    InterfaceLog(Router router, LabTimer timer) {
        this.router = router;
        this.timer = timer;
    }

    /** {@code shutdown}: administratively down now, the line protocol down a second later if it was up. */
    void shutDown(String name, boolean protocolWasUp) {
        print("%LINK-5-CHANGED: Interface " + name + ", changed state to administratively down");
        if (protocolWasUp) {
            later(protocol(name, false));
        }
    }

    /** The link came up (a peer opened, a cable plugged, {@code no shutdown} with a carrier). */
    void up(String name) {
        print(link(name, true));
        later(protocol(name, true));
    }

    /** The link went down under a working interface. */
    void down(String name) {
        if (router.platform().role() == Role.SWITCH) {
            print(protocol(name, false));
            later(link(name, false));
        } else {
            print(link(name, false));
            later(protocol(name, false));
        }
    }

    /** {@code no shutdown} without a carrier: a router reports the link down, a switch port says nothing. */
    void openedWithoutCarrier(String name) {
        if (router.platform().role() == Role.ROUTER) {
            print(link(name, false));
        }
    }

    /** A virtual interface (a VLAN interface, a new loopback) changes only its line protocol. */
    void protocolOnly(String name, boolean up) {
        print(protocol(name, up));
    }

    private static String link(String name, boolean up) {
        return "%LINK-3-UPDOWN: Interface " + name + ", changed state to " + (up ? "up" : "down");
    }

    private static String protocol(String name, boolean up) {
        return "%LINEPROTO-5-UPDOWN: Line protocol on Interface " + name + ", changed state to " + (up ? "up" : "down");
    }

    private void later(String message) {
        timer.after(GAP, () -> print(message));
    }

    private void print(String message) {
        if (router.bootState().booted().isEmpty()) {
            return; // the loader prints no IOS log messages, and a device that is off prints nothing
        }
        DeviceClock clock = router.clock();
        router.lines().logToConsole(LogStamp.line(clock.instant(), clock.getZone(), message));
    }
}
