package dev.iosemu.cli;

import java.util.List;

/** Prints how many command lines per second a headless session parses and runs (not a unit test). */
public final class CliThroughputBenchmark {
    private CliThroughputBenchmark() {}

    public static void main(String[] args) {
        DemoDevice device = new DemoDevice();
        HeadlessSession cli = device.headless();
        cli.exec("enable");
        List<String> lines = List.of("sh ver", "show i", "copy run start", "show sun", "terminal length 0", "sh?");
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        for (int warm = 0; warm < 2; warm++) {
            long start = System.nanoTime();
            for (int i = 0; i < rounds; i++) {
                String line = lines.get(i % lines.size());
                if (line.startsWith("copy")) {
                    cli.exec(line, "");
                } else {
                    cli.exec(line);
                }
                if (i % 10_000 == 0) {
                    cli = device.headless();
                    cli.exec("enable");
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%d lines in %.2f s: %.0f lines/s%n", rounds, seconds, rounds / seconds);
        }
    }
}
