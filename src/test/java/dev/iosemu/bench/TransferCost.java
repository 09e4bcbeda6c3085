package dev.iosemu.bench;

import dev.iosemu.net.Ticker;
import dev.iosemu.net.tftp.RootDirectoryStore;
import dev.iosemu.net.tftp.TftpClient;
import dev.iosemu.net.tftp.TftpOptions;
import dev.iosemu.net.tftp.TftpPeers;
import dev.iosemu.net.tftp.TftpServer;
import dev.iosemu.net.tftp.TftpServerConfig;
import dev.iosemu.net.tftp.TftpTransferListener;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a TFTP download costs per block, figures that hold whatever else the machine runs: CPU time (all the
 * process's threads) and context switches of the receiving side, for our client and for curl (counted by
 * {@code perf stat}), each from tftpd-hpa and from our server, in alternating rounds; medians. Wall MB/s is
 * printed too, but on a shared machine only the cost columns compare well between runs.
 *
 * <p>Run: {@code scripts/bench cost [MiB] [rounds] [blksize,...]}. The context switches of our client are its
 * transfer thread's (voluntary: it slept waiting for a packet; involuntary: it was preempted); curl's are the
 * whole process's.
 */
public final class TransferCost {
    private static final String FILE = "cost.bin";

    private final long size;
    private final Path dir;
    private final Optional<Path> curl = TftpPeers.find("curl");
    private final Optional<Path> perf = TftpPeers.find("perf");

    private TransferCost(long size, Path dir) {
        this.size = size;
        this.dir = dir;
    }

    /** One transfer's cost. */
    record Cost(double seconds, double cpuSeconds, long voluntary, long involuntary) {}

    public static void main(String[] args) throws Exception {
        long mib = args.length > 0 ? Long.parseLong(args[0]) : 50;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String[] blockSizes = (args.length > 2 ? args[2] : "512,8192").split(",");
        Path dir = Files.createTempDirectory(
                Path.of(Files.isDirectory(Path.of("/dev/shm")) ? "/dev/shm" : "/tmp"), "tftp-cost");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Process tftpd = null;
        try (TftpServer server = TftpServer.start(
                TftpServerConfig.builder(RootDirectoryStore.of(dir)).build())) {
            TftpBenchmark.writeFile(dir.resolve(FILE), mib << 20);
            Map<String, InetSocketAddress> servers = new LinkedHashMap<>();
            Optional<Path> tftpdProgram = TftpPeers.find("in.tftpd");
            if (tftpdProgram.isPresent()) {
                int port = TftpPeers.freeUdpPort();
                tftpd = TftpPeers.startTftpdHpa(tftpdProgram.get(), dir, port, false);
                servers.put("tftpd", new InetSocketAddress("127.0.0.1", port));
            }
            servers.put("ours", server.address());
            TransferCost cost = new TransferCost(mib << 20, dir);
            cost.ours(server.address(), 512); // JIT warm-up
            for (String blockSize : blockSizes) {
                cost.table(servers, Integer.parseInt(blockSize), rounds);
            }
        } finally {
            TftpPeers.stop(tftpd);
            Files.deleteIfExists(dir.resolve(FILE));
            Files.deleteIfExists(dir);
        }
    }

    private void table(Map<String, InetSocketAddress> servers, int blockSize, int rounds) {
        Map<String, List<Cost>> samples = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            for (Map.Entry<String, InetSocketAddress> server : servers.entrySet()) {
                sample(samples, "ours<-" + server.getKey(), () -> ours(server.getValue(), blockSize));
                if (curl.isPresent() && perf.isPresent()) {
                    sample(samples, "curl<-" + server.getKey(), () -> curl(server.getValue(), blockSize));
                }
            }
        }
        long blocks = size / blockSize + 1;
        System.out.printf(
                Locale.ROOT,
                "TFTP download cost, %d MiB, blksize %d (%d blocks), medians of %d rounds, load average %s%n",
                size >> 20,
                blockSize,
                blocks,
                rounds,
                loadAverage());
        System.out.printf(
                Locale.ROOT, "%-12s %8s %12s %12s %12s%n", "pair", "MB/s", "CPU us/blk", "vol cs/blk", "invol cs/blk");
        samples.forEach((name, costs) -> System.out.printf(
                Locale.ROOT,
                "%-12s %8.1f %12.2f %12.3f %12.3f%n",
                name,
                size / 1e6 / median(costs, Cost::seconds),
                median(costs, Cost::cpuSeconds) * 1e6 / blocks,
                median(costs, c -> (double) c.voluntary()) / blocks,
                median(costs, c -> (double) c.involuntary()) / blocks));
        System.out.println();
    }

    private interface Measured {
        Cost measure() throws Exception;
    }

    private static void sample(Map<String, List<Cost>> samples, String name, Measured measured) {
        try {
            samples.computeIfAbsent(name, n -> new ArrayList<>()).add(measured.measure());
        } catch (Exception e) {
            System.out.println("  (" + name + " failed: " + e.getMessage() + ")");
        }
    }

    private static double median(List<Cost> costs, java.util.function.ToDoubleFunction<Cost> field) {
        double[] values = costs.stream().mapToDouble(field).sorted().toArray();
        return values.length == 0 ? Double.NaN : values[values.length / 2];
    }

    private Cost ours(InetSocketAddress server, int blockSize) throws IOException {
        TftpOptions options = TftpOptions.builder()
                .blockSize(blockSize)
                .timeout(Duration.ofSeconds(1))
                .build();
        long[] before = ThreadSwitches.current();
        long cpuBefore = processCpuNanos();
        long start = System.nanoTime();
        long bytes = TftpClient.create(Ticker.system())
                .download(server, FILE, new DiscardChannel(), options, TftpTransferListener.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        long cpu = processCpuNanos() - cpuBefore;
        long[] after = ThreadSwitches.current();
        check(bytes);
        return new Cost(seconds, cpu / 1e9, after[0] - before[0], after[1] - before[1]);
    }

    private Cost curl(InetSocketAddress server, int blockSize) throws Exception {
        String output = TftpPeers.run(
                List.of(
                        perf.orElseThrow().toString(),
                        "stat",
                        "-x,",
                        "-e",
                        "task-clock,context-switches",
                        curl.orElseThrow().toString(),
                        "-sS",
                        "-o",
                        "/dev/null",
                        "-w",
                        "%{time_total} %{size_download}\n",
                        "--tftp-blksize",
                        Integer.toString(blockSize),
                        "tftp://127.0.0.1:" + server.getPort() + "/" + FILE),
                600);
        double seconds = Double.NaN;
        double cpuMillis = Double.NaN;
        long switches = -1;
        for (String line : output.lines().toList()) {
            String[] fields = line.split(",");
            if (line.contains("task-clock")) {
                cpuMillis = Double.parseDouble(fields[0]);
            } else if (line.contains("context-switches")) {
                switches = Long.parseLong(fields[0]);
            } else if (line.matches("[0-9.]+ [0-9]+")) {
                seconds = Double.parseDouble(line.split(" ")[0]);
                check(Long.parseLong(line.split(" ")[1]));
            }
        }
        return new Cost(seconds, cpuMillis / 1e3, switches, 0);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String loadAverage() {
        return String.format(
                Locale.ROOT,
                "%.1f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private void check(long bytes) throws IOException {
        if (bytes != size) {
            throw new IOException("short transfer: " + bytes + " of " + size);
        }
    }

    /** The calling thread's context switches so far, from /proc/thread-self/status: voluntary, involuntary. */
    static final class ThreadSwitches {
        private ThreadSwitches() {}

        static long[] current() throws IOException {
            long[] counts = new long[2];
            for (String line : Files.readAllLines(Path.of("/proc/thread-self/status"))) {
                if (line.startsWith("voluntary_ctxt_switches:")) {
                    counts[0] =
                            Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                } else if (line.startsWith("nonvoluntary_ctxt_switches:")) {
                    counts[1] =
                            Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                }
            }
            return counts;
        }
    }
}
