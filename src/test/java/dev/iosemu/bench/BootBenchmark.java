package dev.iosemu.bench;

import dev.iosemu.app.VirtualDevice;
import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.testing.LabReady;
import java.util.Arrays;
import java.util.List;

/**
 * Boot to the first prompt, in-process and without pacing: a cold power-on (device creation, initial
 * flash, boot, startup-config replay) and a warm {@code reload} of a running device, per model. Prints
 * the median and 90th percentile after warm-up. Run with {@code scripts/bench boot}.
 */
public final class BootBenchmark {
    private static final int WARM_UP = 30;
    private static final int RUNS = 100;

    private BootBenchmark() {}

    public static void main(String[] args) throws Exception {
        System.out.printf("%-9s %-12s %10s %10s%n", "device", "boot", "median ms", "p90 ms");
        for (String profile : List.of("c1941", "c2960x", "isr4321")) {
            report(profile, "power-on", measure(() -> powerOn(profile)));
            report(profile, "reload", measureReloads(profile));
        }
    }

    private static void powerOn(String profile) throws Exception {
        try (VirtualDevice device =
                VirtualDevice.builder().profile(profile).labServers(false).build()) {
            device.powerOn();
        }
    }

    private static double[] measureReloads(String profile) throws Exception {
        try (VirtualDevice device =
                VirtualDevice.builder().profile(profile).labServers(false).build()) {
            device.powerOn();
            HeadlessSession console = device.openSession();
            LabReady.enable(console);
            return measure(() -> {
                console.exec("reload", "");
                LabReady.enable(console);
            });
        }
    }

    private interface Run {
        void once() throws Exception;
    }

    private static double[] measure(Run run) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            run.once();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            run.once();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static void report(String profile, String what, double[] sorted) {
        System.out.printf(
                "%-9s %-12s %10.2f %10.2f%n", profile, what, sorted[sorted.length / 2], sorted[sorted.length * 9 / 10]);
    }
}
