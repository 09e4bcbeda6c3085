package dev.iosemu.bench;

import dev.iosemu.testing.LabReady;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * A script's view of start-up: {@code --batch --quiet-boot} with {@code enable} and {@code show version}, run
 * as a process the way a script drives it (each line typed when its prompt shows, the enable secret when
 * {@code Password:} asks for it), timed to the first prompt on stdout and to the end of the process, with the
 * CPU time (user + sys) its JVMs had taken when the first prompt showed and the whole run took. Prints the medians of 10 runs after one warm-up, for
 * {@code ./iosemu}, for the plain jar (which runs with the start-up cache {@code ./iosemu} made) and for the
 * jar kept off the cache, and the load average beside them: on a shared machine the wall times
 * follow the load, the CPU time far less. Run from the project root after a build with {@code scripts/bench
 * startup}.
 */
public final class StartupBenchmark {
    private static final int RUNS = 10;

    private StartupBenchmark() {}

    public static void main(String[] args) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        System.out.printf(
                "%-72s %10s %10s %13s %10s %14s%n",
                "command (--batch --quiet-boot, enable, show version)",
                "prompt ms",
                "whole ms",
                "CPU@prompt ms",
                "CPU ms",
                "load average");
        // ./iosemu first: its warm-up makes the start-up cache after a build, which the jar then runs with
        report(List.of("./iosemu", "--batch", "--quiet-boot"), false);
        report(List.of(java, "-jar", "target/iosemu.jar", "--batch", "--quiet-boot"), false);
        report(List.of(java, "-jar", "target/iosemu.jar", "--batch", "--quiet-boot"), true);
    }

    private static void report(List<String> command, boolean noCache) throws Exception {
        once(command, noCache); // warm-up: the page cache, and ./iosemu's start-up cache if it has none yet
        double loadBefore = loadAverage();
        double[] prompt = new double[RUNS];
        double[] whole = new double[RUNS];
        double[] cpu = new double[RUNS];
        double[] cpuAtPrompt = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            double[] times = once(command, noCache);
            prompt[i] = times[0];
            whole[i] = times[1];
            cpu[i] = times[2];
            cpuAtPrompt[i] = times[3];
        }
        String shown = (noCache ? "IOSEMU_NO_ARCHIVE=1 " : "")
                + String.join(" ", command).replaceFirst("^\\S*/bin/java", "java");
        System.out.printf(
                "%-72s %10.0f %10.0f %13.0f %10.0f %6.1f to %4.1f%n",
                shown, median(prompt), median(whole), median(cpuAtPrompt), median(cpu), loadBefore, loadAverage());
    }

    /**
     * Milliseconds to the first prompt, to the end of the process, of CPU time its processes took, and of CPU time
     * they had taken when the first prompt showed.
     */
    private static double[] once(List<String> command, boolean noCache) throws IOException, InterruptedException {
        double cpuBefore = ProcessCpu.children();
        long start = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        if (noCache) {
            builder.environment().put("IOSEMU_NO_ARCHIVE", "1");
        }
        Process process = builder.start();
        double prompt = Double.NaN;
        double cpuAtPrompt = Double.NaN;
        try (InputStream out = process.getInputStream();
                OutputStream in = process.getOutputStream()) {
            StringBuilder seen = new StringBuilder();
            byte[] buffer = new byte[8192];
            boolean enabled = false;
            for (int n = out.read(buffer); n >= 0; n = out.read(buffer)) {
                seen.append(new String(buffer, 0, n, StandardCharsets.US_ASCII));
                if (Double.isNaN(prompt) && seen.indexOf("Router>") >= 0) {
                    prompt = (System.nanoTime() - start) / 1e6;
                    cpuAtPrompt = cpuMillis(process.toHandle());
                    type(in, "enable");
                } else if (!enabled && seen.toString().stripTrailing().endsWith("Password:")) {
                    type(in, LabReady.SECRET);
                    seen.setLength(0);
                } else if (!enabled && endsWith(seen, "Router#")) {
                    enabled = true;
                    type(in, "show version");
                    in.close();
                }
            }
        }
        if (process.waitFor() != 0) {
            throw new IllegalStateException(command + " failed with status " + process.exitValue());
        }
        double whole = (System.nanoTime() - start) / 1e6;
        return new double[] {prompt, whole, (ProcessCpu.children() - cpuBefore) * 1000, cpuAtPrompt};
    }

    /**
     * The CPU time a running process and its descendants (the JVM a launcher starts) have taken, from each of
     * their threads' /proc schedstat, in nanoseconds: what the load hardly moves, unlike the wall time.
     */
    private static double cpuMillis(ProcessHandle process) {
        long nanos = 0;
        for (ProcessHandle each :
                Stream.concat(Stream.of(process), process.descendants()).toList()) {
            try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(each.pid()), "task"))) {
                for (Path task : tasks.toList()) {
                    nanos += Long.parseLong(
                            Files.readString(task.resolve("schedstat")).split(" ")[0]);
                }
            } catch (IOException | RuntimeException e) {
                // the process or a thread ended meanwhile: count what is left
            }
        }
        return nanos / 1e6;
    }

    private static boolean endsWith(StringBuilder text, String suffix) {
        return text.length() >= suffix.length()
                && text.substring(text.length() - suffix.length()).equals(suffix);
    }

    private static void type(OutputStream in, String line) throws IOException {
        in.write((line + "\n").getBytes(StandardCharsets.US_ASCII));
        in.flush();
    }

    private static double loadAverage() throws IOException {
        return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return (sorted[RUNS / 2 - 1] + sorted[RUNS / 2]) / 2;
    }
}
