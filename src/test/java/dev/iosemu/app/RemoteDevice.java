package dev.iosemu.app;

import dev.iosemu.cli.ConsoleIo;
import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.testing.LabReady;
import java.net.InetSocketAddress;

/**
 * A device serving SSH and telnet on free loopback ports, set up as a lab device for automation clients:
 * host name and domain, an RSA key, {@code cisco}/{@code cisco} at privilege 15, {@code op}/{@code op} at
 * level 1, enable secret {@code cisco}, vty lines with {@code login local}. The console is a headless
 * session the test configures through.
 */
final class RemoteDevice implements AutoCloseable {
    final VirtualDevice device;
    final HeadlessSession console;

    private RemoteDevice(VirtualDevice device, HeadlessSession console) {
        this.device = device;
        this.console = console;
    }

    static RemoteDevice start() throws Exception {
        VirtualDevice device = build();
        HeadlessSession console = device.openSession();
        device.powerOn(console.session());
        return configure(device, console);
    }

    /**
     * The same powered on over {@code consoleLine}, its console line, where a reload typed on a vty boots; the
     * headless console to configure through is a second session.
     */
    static RemoteDevice start(ConsoleIo consoleLine) throws Exception {
        VirtualDevice device = build();
        device.powerOn(device.openSession(consoleLine));
        return configure(device, device.openSession());
    }

    private static VirtualDevice build() throws Exception {
        return VirtualDevice.builder()
                .labServers(false)
                .sshPort(0)
                .telnetPort(0)
                .build();
    }

    private static RemoteDevice configure(VirtualDevice device, HeadlessSession console) {
        LabReady.enable(console);
        for (String line : new String[] {
            "configure terminal",
            "hostname R1",
            "ip domain name lab.local",
            "crypto key generate rsa modulus 2048",
            "username cisco privilege 15 secret cisco",
            "username op password 0 op",
            "enable secret cisco",
            "line vty 0 4",
            "login local",
            "transport input ssh telnet",
            "end"
        }) {
            console.execChecked(line);
        }
        return new RemoteDevice(device, console);
    }

    /**
     * Adds the users the vty tests log in as, through {@code console} (left in privileged EXEC): {@code
     * admin}/{@code s3cret} at level 15, {@code op}/{@code op} at level 1, on vty lines with {@code login local}.
     */
    static void addTestUsers(HeadlessSession console) {
        LabReady.enable(console);
        for (String line : new String[] {
            "configure terminal",
            "username admin privilege 15 secret s3cret",
            "username op password 0 op",
            "line vty 0 4",
            "login local",
            "end"
        }) {
            console.exec(line);
        }
    }

    InetSocketAddress ssh() {
        return device.sshAddress().orElseThrow();
    }

    InetSocketAddress telnet() {
        return device.telnetAddress().orElseThrow();
    }

    @Override
    public void close() throws Exception {
        device.close();
    }
}
