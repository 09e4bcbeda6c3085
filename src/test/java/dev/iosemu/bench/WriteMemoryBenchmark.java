package dev.iosemu.bench;

import dev.iosemu.app.VirtualDevice;
import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.testing.LabReady;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * {@code write memory} as a session types it: in memory (no {@code --state}) and with {@code --state} on a
 * host folder, where every save is forced to the disk (the file, then its folder). Prints the median and
 * 90th percentile after warm-up. The folder is made under {@code target/} (a real disk, unlike a tmpfs
 * {@code /tmp}), or under the folder given as the first argument. Run with {@code scripts/bench state}.
 */
public final class WriteMemoryBenchmark {
    private static final int WARM_UP = 20;
    private static final int RUNS = 200;

    private WriteMemoryBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path parent = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target"));
        Path state = Files.createTempDirectory(parent, "bench-state-");
        try {
            System.out.printf("%-26s %10s %10s%n", "write memory (c1941)", "median ms", "p90 ms");
            report("in memory", measure(VirtualDevice.builder().labServers(false)));
            report(
                    "--state, fsync",
                    measure(VirtualDevice.builder().labServers(false).state(state)));
        } finally {
            delete(state);
        }
    }

    private static double[] measure(VirtualDevice.Builder builder) throws Exception {
        try (VirtualDevice device = builder.build()) {
            device.powerOn();
            HeadlessSession console = device.openSession();
            LabReady.enable(console);
            for (int i = 0; i < WARM_UP; i++) {
                console.exec("write memory");
            }
            double[] millis = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                console.exec("configure terminal");
                console.exec("hostname R" + i);
                console.exec("end");
                long start = System.nanoTime();
                console.exec("write memory");
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            return millis;
        }
    }

    private static void report(String label, double[] millis) {
        Arrays.sort(millis);
        System.out.printf(
                "%-26s %10.2f %10.2f%n", label, millis[millis.length / 2], millis[(int) (millis.length * 0.9)]);
    }

    private static void delete(Path folder) throws Exception {
        try (Stream<Path> tree = Files.walk(folder)) {
            for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
