package dev.iosemu.bench;

import dev.iosemu.app.Lab;
import dev.iosemu.app.VirtualDevice;
import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.lab.Echo;
import dev.iosemu.lab.Ipv4Address;
import dev.iosemu.lab.LabNetwork;
import dev.iosemu.lab.NetworkAttachment;
import dev.iosemu.testing.LabReady;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The round trip of one ICMP echo across a three-hop lab modelled in process: r1 to a c2960x switch to r2,
 * which routes to r3 (r1 Gi0/0 - sw Gi1/0/1, sw Gi1/0/2 - r2 Gi0/0, r2 Gi0/1 - r3 Gi0/0), ping from r1 to
 * r3. Prints the model's own time per echo (the median and 99th percentile after warm-up), and the time of a
 * whole {@code ping} typed on r1's console (five echoes and the output). Run with {@code scripts/bench ping}.
 */
public final class LabPingBenchmark {
    private static final int WARM_UP = 20_000;
    private static final int ECHOES = 100_000;
    private static final int COMMANDS = 2_000;

    private LabPingBenchmark() {}

    public static void main(String[] args) throws Exception {
        LabNetwork network = LabNetwork.create();
        List<VirtualDevice> devices = new ArrayList<>();
        try (Lab lab = Lab.builder().servers(false).network(network).build()) {
            VirtualDevice r1 = device(lab, "c1941", devices);
            VirtualDevice sw = device(lab, "c2960x", devices);
            VirtualDevice r2 = device(lab, "c1941", devices);
            VirtualDevice r3 = device(lab, "c1941", devices);
            lab.connect(r1, "Gi0/0", sw, "Gi1/0/1");
            lab.connect(sw, "Gi1/0/2", r2, "Gi0/0");
            lab.connect(r2, "Gi0/1", r3, "Gi0/0");
            devices.forEach(VirtualDevice::powerOn);
            configure(
                    r1,
                    "interface Gi0/0",
                    "ip address 10.0.0.1 255.255.255.0",
                    "exit",
                    "no ip route 0.0.0.0 0.0.0.0 192.168.1.254",
                    "ip route 0.0.0.0 0.0.0.0 10.0.0.2");
            configure(
                    r2,
                    "interface Gi0/0",
                    "ip address 10.0.0.2 255.255.255.0",
                    "interface Gi0/1",
                    "ip address 10.0.1.1 255.255.255.0",
                    "no shutdown");
            configure(
                    r3,
                    "interface Gi0/0",
                    "ip address 10.0.1.2 255.255.255.0",
                    "exit",
                    "no ip route 0.0.0.0 0.0.0.0 192.168.1.254",
                    "ip route 0.0.0.0 0.0.0.0 10.0.1.1");
            HeadlessSession console = r1.openSession();
            LabReady.enable(console);
            System.out.println(console.exec("traceroute 10.0.1.2").strip());
            System.out.println(console.exec("ping 10.0.1.2").strip());
            NetworkAttachment node = r1.router().network().orElseThrow().attachment();
            echoes(node, WARM_UP);
            double[] micros = echoes(node, ECHOES);
            System.out.printf("%n%-38s %10s %10s%n", "three hops, in process", "median", "p99");
            System.out.printf(
                    "%-38s %8.1f us %7.1f us%n",
                    "one echo (the model's round trip)", at(micros, 0.5), at(micros, 0.99));
            double[] commands = commands(console);
            System.out.printf(
                    "%-38s %8.1f us %7.1f us%n",
                    "ping typed on the console (5 echoes)", at(commands, 0.5), at(commands, 0.99));
        } finally {
            for (VirtualDevice device : devices) {
                device.close();
            }
        }
    }

    private static VirtualDevice device(Lab lab, String profile, List<VirtualDevice> devices) throws Exception {
        VirtualDevice device = VirtualDevice.builder().lab(lab).profile(profile).build();
        devices.add(device);
        return device;
    }

    private static void configure(VirtualDevice device, String... lines) {
        HeadlessSession console = device.openSession();
        LabReady.enable(console);
        console.exec("configure terminal");
        for (String line : lines) {
            console.exec(line);
        }
        console.exec("end");
    }

    private static double[] echoes(NetworkAttachment node, int count) {
        Ipv4Address r3 = Ipv4Address.parse("10.0.1.2");
        double[] micros = new double[count];
        for (int i = 0; i < count; i++) {
            Echo echo = node.ping(r3, 1, Duration.ofSeconds(2)).getFirst();
            if (echo.outcome() != Echo.Outcome.REPLY) {
                throw new IllegalStateException("echo " + i + " came back " + echo.outcome());
            }
            micros[i] = echo.nanos() / 1e3;
        }
        return micros;
    }

    private static double[] commands(HeadlessSession console) {
        for (int i = 0; i < COMMANDS / 4; i++) {
            console.exec("ping 10.0.1.2");
        }
        double[] micros = new double[COMMANDS];
        for (int i = 0; i < COMMANDS; i++) {
            long start = System.nanoTime();
            console.exec("ping 10.0.1.2");
            micros[i] = (System.nanoTime() - start) / 1e3;
        }
        return micros;
    }

    private static double at(double[] values, double quantile) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.round(quantile * (sorted.length - 1)))];
    }
}
