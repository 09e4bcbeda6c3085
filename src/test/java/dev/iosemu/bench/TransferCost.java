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
 * process's threads) and context switches of the receiving side, for our bare client, for a c1941 that copies
 * the file into its flash as typed on its console ({@code copy tftp://... flash:}), and for curl (counted by
 * {@code perf stat}), each from tftpd-hpa and from our server, in alternating rounds; medians. Wall MB/s is
 * printed too, but on a shared machine only the cost columns compare well between runs.
 *
 * <p>Run: {@code scripts/bench cost [MiB] [rounds] [blksize,...]}. The context switches of our rows are those of
 * all the JVM's threads (voluntary: a thread slept waiting; involuntary: it was preempted), curl's its whole
 * process's. From our server, our rows count the server's CPU too (it runs in the same JVM): compare the rows
 * from tftpd-hpa.
 */
public final class TransferCost {
    private static final String FILE = "c1900-universalk9-mz.SPA.157-3.M8.bin";

    private final long size;
    private final Path dir;
    private final Optional<Path> curl = TftpPeers.find("curl");
    private final Optional<Path> perf = TftpPeers.find("perf");

    private final DeviceTransferBenchmark.Device device;
    private final FlashStoreCost store;

    private TransferCost(long size, Path dir, DeviceTransferBenchmark.Device device, FlashStoreCost store) {
        this.size = size;
        this.dir = dir;
        this.device = device;
        this.store = store;
    }

    /**
     * Unmeasured transfers first, so the tables show a JVM that has run a while (the JIT compiles the device's
     * path over its first copies); the first device copy's cost is printed, as a user's first copy pays it.
     */
    private void warmUp(InetSocketAddress server) throws Exception {
        ours(server, 512);
        Cost cold = device(server, 8192);
        System.out.printf(
                Locale.ROOT,
                "first device copy of this JVM (blksize 8192): %.1f MB/s, %.2f CPU us/blk, of it JIT %.2f%n%n",
                size / 1e6 / cold.seconds(),
                cold.cpuSeconds() * 1e6 / (size / 8192 + 1),
                cold.compilerSeconds() * 1e6 / (size / 8192 + 1));
        device(server, 512);
        device(server, 8192);
        store.store(size, 8192);
    }

    /**
     * One transfer's cost: its CPU seconds in all, and the collector's and the JIT compiler's share of them (NaN
     * for curl, which has neither).
     */
    record Cost(
            double seconds,
            double cpuSeconds,
            double collectorSeconds,
            double compilerSeconds,
            long voluntary,
            long involuntary) {
        static Cost of(double seconds, ThreadCpu.Split cpu, long[] switches) {
            return new Cost(
                    seconds, cpu.total() / 1e9, cpu.collector() / 1e9, cpu.compiler() / 1e9, switches[0], switches[1]);
        }
    }

    public static void main(String[] args) throws Exception {
        long mib = args.length > 0 ? Long.parseLong(args[0]) : 50;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String[] blockSizes = (args.length > 2 ? args[2] : "512,8192").split(",");
        Path dir = Files.createTempDirectory(
                Path.of(Files.isDirectory(Path.of("/dev/shm")) ? "/dev/shm" : "/tmp"), "tftp-cost");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Process tftpd = null;
        try (TftpServer server = TftpServer.start(TftpServerConfig.builder(RootDirectoryStore.of(dir))
                .platformListener(true) // as the lab servers run it
                .build())) {
            // an image the c1941 accepts, so the device copies it without the image check's question
            DeviceTransferBenchmark.writeImage(dir.resolve(FILE), "c1900", "15.7(3)M8", mib << 20);
            Map<String, InetSocketAddress> servers = new LinkedHashMap<>();
            Optional<Path> tftpdProgram = TftpPeers.find("in.tftpd");
            if (tftpdProgram.isPresent()) {
                int port = TftpPeers.freeUdpPort();
                tftpd = TftpPeers.startTftpdHpa(tftpdProgram.get(), dir, port, false);
                servers.put("tftpd", new InetSocketAddress("127.0.0.1", port));
            }
            servers.put("ours", server.address());
            try (DeviceTransferBenchmark.Device device = DeviceTransferBenchmark.boot("c1941");
                    FlashStoreCost store = new FlashStoreCost()) {
                TransferCost cost = new TransferCost(mib << 20, dir, device, store);
                cost.warmUp(server.address());
                for (String blockSize : blockSizes) {
                    cost.table(servers, Integer.parseInt(blockSize), rounds);
                }
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
                sample(samples, "device<-" + server.getKey(), () -> device(server.getValue(), blockSize));
                if (curl.isPresent() && perf.isPresent()) {
                    sample(samples, "curl<-" + server.getKey(), () -> curl(server.getValue(), blockSize));
                }
            }
            sample(samples, "flash only", () -> store.store(size, blockSize));
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
                Locale.ROOT,
                "%-14s %8s %11s %8s %8s %11s %12s%n",
                "pair",
                "MB/s",
                "CPU us/blk",
                "of it GC",
                "JIT",
                "vol cs/blk",
                "invol cs/blk");
        samples.forEach((name, costs) -> System.out.printf(
                Locale.ROOT,
                "%-14s %8.1f %11.2f %8.2f %8.2f %11.3f %12.3f%n",
                name,
                size / 1e6 / median(costs, Cost::seconds),
                median(costs, Cost::cpuSeconds) * 1e6 / blocks,
                median(costs, Cost::collectorSeconds) * 1e6 / blocks,
                median(costs, Cost::compilerSeconds) * 1e6 / blocks,
                median(costs, c -> (double) c.voluntary()) / blocks,
                median(costs, c -> (double) c.involuntary()) / blocks));
        System.out.println(
                "CPU: all threads (curl: perf stat's task-clock); GC: the collector's threads and the VM thread;");
        System.out.println("JIT: the compiler threads. Our rows from our server include the server's CPU (same JVM).");
        System.out.println(
                "flash only: the copy engine storing the same blocks from memory into a 1941's flash, no network.");
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
        long[] before = ProcessSwitches.current();
        ThreadCpu cpu = ThreadCpu.now();
        long start = System.nanoTime();
        long bytes = TftpClient.create(Ticker.system())
                .download(server, FILE, new DiscardChannel(), options, TftpTransferListener.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        ThreadCpu.Split used = ThreadCpu.now().since(cpu);
        long[] switches = ProcessSwitches.since(before);
        check(bytes);
        return Cost.of(seconds, used, switches);
    }

    /**
     * {@code copy tftp://...:PORT/FILE flash:} typed on the c1941's console at {@code ip tftp blocksize}
     * {@code blockSize}: the whole device path (console, copy engine, staging in flash, commit). The file is
     * deleted again afterwards, outside the measurement.
     */
    private Cost device(InetSocketAddress server, int blockSize) throws IOException {
        device.console().exec("configure terminal");
        device.console().exec("ip tftp blocksize " + blockSize);
        device.console().exec("end");
        String command = "copy tftp://127.0.0.1:" + server.getPort() + "/" + FILE + " flash:";
        long[] before = ProcessSwitches.current();
        ThreadCpu cpu = ThreadCpu.now();
        long start = System.nanoTime();
        DeviceCopy.Result result = DeviceCopy.run(device.console(), command, size);
        double seconds = (System.nanoTime() - start) / 1e9;
        ThreadCpu.Split used = ThreadCpu.now().since(cpu);
        long[] switches = ProcessSwitches.since(before);
        DeviceCopy.delete(device.console(), "flash:" + FILE);
        check(result.bytes());
        return Cost.of(seconds, used, switches);
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
        return new Cost(seconds, cpuMillis / 1e3, Double.NaN, Double.NaN, switches, 0);
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

    /**
     * The context switches of all the process's threads so far, from /proc/self/task/N/status: voluntary,
     * involuntary. Threads that ended in between are not counted; a transfer's threads live through it.
     */
    static final class ProcessSwitches {
        private ProcessSwitches() {}

        static long[] current() throws IOException {
            long[] counts = new long[2];
            try (var tasks = Files.list(Path.of("/proc/self/task"))) {
                for (Path task : (Iterable<Path>) tasks::iterator) {
                    add(counts, task.resolve("status"));
                }
            }
            return counts;
        }

        /** The switches from {@code before} (a {@link #current} count) to now. */
        static long[] since(long[] before) throws IOException {
            long[] now = current();
            return new long[] {now[0] - before[0], now[1] - before[1]};
        }

        private static void add(long[] counts, Path status) {
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("voluntary_ctxt_switches:")) {
                        counts[0] += Long.parseLong(
                                line.substring(line.indexOf(':') + 1).trim());
                    } else if (line.startsWith("nonvoluntary_ctxt_switches:")) {
                        counts[1] += Long.parseLong(
                                line.substring(line.indexOf(':') + 1).trim());
                    }
                }
            } catch (IOException e) {
                // the thread ended while we looked: it takes its counts with it
            }
        }
    }
}
