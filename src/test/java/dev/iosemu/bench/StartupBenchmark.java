package dev.iosemu.bench;

import dev.iosemu.testing.LabReady;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A script's view of start-up: {@code --batch --quiet-boot} with {@code enable} and {@code show version}, run
 * as a process the way a script runs it, timed to the first prompt on stdout and to the end of the process.
 * Prints the median of 10 runs after one warm-up, for the plain jar and for {@code ./iosemu} (which adds a
 * class-data archive made with the jar). Run from the project root after a build with {@code scripts/bench
 * startup}.
 */
public final class StartupBenchmark {
    private static final int RUNS = 10;
    private static final byte[] SCRIPT = (LabReady.ENABLE_LINES + "show version\n").getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FIRST_PROMPT = "Router>".getBytes(StandardCharsets.US_ASCII);

    private StartupBenchmark() {}

    public static void main(String[] args) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        System.out.printf(
                "%-58s %14s %14s%n",
                "command (--batch --quiet-boot, enable, show version)", "prompt ms", "whole run ms");
        report(List.of(java, "-jar", "target/iosemu.jar", "--batch", "--quiet-boot"));
        report(List.of("./iosemu", "--batch", "--quiet-boot"));
    }

    private static void report(List<String> command) throws Exception {
        once(command); // warm-up: the page cache, and ./iosemu's archive if it has none yet
        double[] prompt = new double[RUNS];
        double[] whole = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            double[] times = once(command);
            prompt[i] = times[0];
            whole[i] = times[1];
        }
        String shown = String.join(" ", command).replaceFirst("^\\S*/bin/java", "java");
        System.out.printf("%-58s %14.0f %14.0f%n", shown, median(prompt), median(whole));
    }

    /** Milliseconds to the first prompt and to the end of the process. */
    private static double[] once(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(SCRIPT);
        }
        double prompt = Double.NaN;
        try (InputStream out = process.getInputStream()) {
            byte[] buffer = new byte[8192];
            int matched = 0;
            for (int n = out.read(buffer); n >= 0; n = out.read(buffer)) {
                for (int i = 0; i < n && Double.isNaN(prompt); i++) {
                    matched = buffer[i] == FIRST_PROMPT[matched] ? matched + 1 : buffer[i] == FIRST_PROMPT[0] ? 1 : 0;
                    if (matched == FIRST_PROMPT.length) {
                        prompt = (System.nanoTime() - start) / 1e6;
                    }
                }
            }
        }
        if (process.waitFor() != 0) {
            throw new IllegalStateException(command + " failed with status " + process.exitValue());
        }
        return new double[] {prompt, (System.nanoTime() - start) / 1e6};
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return (sorted[RUNS / 2 - 1] + sorted[RUNS / 2]) / 2;
    }
}
