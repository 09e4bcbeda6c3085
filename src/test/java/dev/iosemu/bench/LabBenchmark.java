package dev.iosemu.bench;

import dev.iosemu.app.ConsoleClient;
import dev.iosemu.app.RunningLab;
import dev.iosemu.lab.file.LabFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A fleet of N c1941 in one JVM, as {@code iosemu lab --generate N c1941} runs it (one lab server, each
 * console on a telnet port): the time until every node is at its prompt over its console, the heap and
 * platform threads per idle node after a full collection, and the latency of {@code show version} over the
 * consoles. Run: {@code scripts/bench lab [N] [rounds]} (1,000 and 3 by default).
 */
public final class LabBenchmark {
    /** Full collections read on each side of the heap figure (baseline and idle lab), after both settled. */
    private static final int HEAP_READINGS = 5;

    private LabBenchmark() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        RunningLab.builder(LabFile.fleet("c1941", 2)).start().close(); // class loading outside the measure
        HeapProbe.Live heapBefore = HeapProbe.liveAfterGc(HEAP_READINGS);
        int threadsBefore = Thread.getAllStackTraces().size();

        long start = System.nanoTime();
        long cpuStart = cpuNanos();
        try (RunningLab lab = RunningLab.builder(LabFile.fleet("c1941", n)).start()) {
            double booted = seconds(start);
            double bootCpu = (cpuNanos() - cpuStart) / 1e9;
            // idle: booted, consoles listening, nobody connected; measured as the baseline was
            HeapProbe.Live heapAfter = HeapProbe.liveAfterGc(HEAP_READINGS);
            int threadsAfter = Thread.getAllStackTraces().size();
            long prompting = System.nanoTime();
            long cpuPrompting = cpuNanos();
            allPrompts(lab);
            double prompts = booted + seconds(prompting);
            double promptCpu = (cpuNanos() - cpuPrompting) / 1e9;
            System.out.printf(
                    "%d c1941 in one JVM: booted in %.1f s (%.1f s of CPU on %d processors), all %d at their console"
                            + " prompt in %.1f s (%.1f s of CPU more, clients included)%n",
                    n, booted, bootCpu, Runtime.getRuntime().availableProcessors(), n, prompts, promptCpu);
            System.out.printf(
                    "idle: %.1f KiB heap per node after GC (lab server and consoles included; %.1f-%.1f over %d"
                            + " readings each side), %d platform threads more for the whole lab (%.3f per node)%n",
                    (heapAfter.median() - heapBefore.median()) / 1024.0 / n,
                    (heapAfter.least() - heapBefore.most()) / 1024.0 / n,
                    (heapAfter.most() - heapBefore.least()) / 1024.0 / n,
                    HEAP_READINGS,
                    threadsAfter - threadsBefore,
                    (threadsAfter - threadsBefore) / (double) n);

            long[] latencies = showVersionLatencies(lab, rounds);
            Arrays.sort(latencies);
            System.out.printf(
                    "show version over the consoles (%d nodes x %d): median %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    n,
                    rounds,
                    latencies[latencies.length / 2] / 1e6,
                    latencies[(int) Math.ceil(latencies.length * 0.99) - 1] / 1e6,
                    latencies[latencies.length - 1] / 1e6);
            HeapProbe.Live heapUsed = HeapProbe.liveAfterGc(HEAP_READINGS);
            System.out.printf(
                    "idle again, every console used and left: %.1f KiB heap per node after GC%n",
                    (heapUsed.median() - heapBefore.median()) / 1024.0 / n);
        }
        System.out.printf(
                "machine: load average %.2f over the last minute on %d processors (figures above are under that load)%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    /** Every node's console opened at once, each up to its prompt (RETURN, then {@code rN>}). */
    private static void allPrompts(RunningLab lab) throws Exception {
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> done = new ArrayList<>();
            for (RunningLab.Node node : lab.nodes()) {
                done.add(clients.submit(() -> {
                    try (ConsoleClient console =
                            new ConsoleClient(node.console().orElseThrow())) {
                        console.login(node.name());
                    }
                    return null;
                }));
            }
            for (Future<?> each : done) {
                each.get();
            }
        }
    }

    /** {@code show version} on each node's console in turn, {@code rounds} times: send to prompt, in ns. */
    private static long[] showVersionLatencies(RunningLab lab, int rounds) throws Exception {
        long[] latencies = new long[lab.nodes().size() * rounds];
        int i = 0;
        for (RunningLab.Node node : lab.nodes()) {
            try (ConsoleClient console = new ConsoleClient(node.console().orElseThrow())) {
                console.login(node.name());
                console.send("terminal length 0");
                console.readUntil(node.name() + ">");
                for (int round = 0; round < rounds; round++) {
                    long sent = System.nanoTime();
                    console.send("show version");
                    String output = console.readUntil("Configuration register is");
                    console.readUntil(node.name() + ">");
                    latencies[i++] = System.nanoTime() - sent;
                    if (!output.contains("Cisco IOS Software")) {
                        throw new IllegalStateException(node.name() + " answered: " + output);
                    }
                }
            }
        }
        return latencies;
    }

    /** The CPU time the whole process has used, in ns: what a busy machine's wall clock hides. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
