package dev.iosemu.bench;

import dev.iosemu.app.VirtualDevice;
import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.testing.LabReady;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code copy tftp: running-config} of large configurations through the device and the lab TFTP server:
 * 5 000, 20 000 and 50 000 lines of host entries, static routes, users and interface descriptions. Prints
 * the median of three loads (each into a fresh device, after one warm-up load) and the time per thousand
 * lines, which stays flat when loading is linear. Run with {@code scripts/bench config [LINES...]}.
 */
public final class ConfigLoadBenchmark {
    private static final int RUNS = 3;

    private ConfigLoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String arg : args) {
            sizes.add(Integer.parseInt(arg));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(5_000, 20_000, 50_000);
        }
        Path folder = Files.createTempDirectory("iosemu-config-bench");
        try {
            for (int lines : sizes) {
                Files.writeString(folder.resolve("load-" + lines + "-confg"), config(lines));
            }
            load(folder, "load-" + sizes.getFirst() + "-confg");
            System.out.printf("%8s %10s %14s%n", "lines", "median ms", "ms/1000 lines");
            for (int lines : sizes) {
                double[] runs = new double[RUNS];
                for (int i = 0; i < RUNS; i++) {
                    runs[i] = load(folder, "load-" + lines + "-confg");
                }
                Arrays.sort(runs);
                double median = runs[RUNS / 2];
                System.out.printf("%8d %10.0f %14.1f%n", lines, median, median * 1000 / lines);
            }
        } finally {
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(folder);
        }
    }

    /** A configuration of {@code lines} lines, a quarter each of the kinds a large lab config has. */
    static String config(int lines) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() == 0 || count(text) < lines; i++) {
            int a = (i >> 8) & 0xff;
            int b = i & 0xff;
            switch (i % 4) {
                case 0 ->
                    text.append("ip host host")
                            .append(i)
                            .append(" 10.")
                            .append(a)
                            .append('.')
                            .append(b)
                            .append(".1\n");
                case 1 ->
                    text.append("ip route 172.")
                            .append(16 + (a & 15))
                            .append('.')
                            .append(b)
                            .append(".0 255.255.255.0 192.168.1.254\n");
                case 2 ->
                    text.append("username user")
                            .append(i)
                            .append(" privilege 1 password 0 secret")
                            .append(i)
                            .append('\n');
                default ->
                    text.append("interface GigabitEthernet0/1\n description link ")
                            .append(i)
                            .append('\n');
            }
        }
        return text.toString();
    }

    private static int count(CharSequence text) {
        int lines = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    private static double load(Path folder, String file) throws Exception {
        try (VirtualDevice device = VirtualDevice.builder().images(folder).build()) {
            device.powerOn();
            HeadlessSession console = device.openSession();
            LabReady.enable(console);
            long start = System.nanoTime();
            String out = console.exec("copy tftp://192.168.1.10/" + file + " running-config", "");
            double millis = (System.nanoTime() - start) / 1e6;
            if (!out.contains("bytes copied")) {
                throw new IllegalStateException("the copy failed:\n" + out);
            }
            return millis;
        }
    }
}
