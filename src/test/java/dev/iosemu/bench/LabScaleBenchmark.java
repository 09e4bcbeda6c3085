package dev.iosemu.bench;

import static dev.iosemu.bench.HeapProbe.MIB;

import dev.iosemu.app.Lab;
import dev.iosemu.app.VirtualDevice;
import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.net.ftp.ExternalProgram;
import dev.iosemu.net.tftp.TftpPeers;
import dev.iosemu.testing.LabReady;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A lab at scale: N devices in one JVM and one lab, each typing {@code copy tftp: flash:} at the same moment
 * from the lab's TFTP server, against N curl processes fetching the same file at once from tftpd-hpa (and
 * from our lab server). Prints the aggregate MB/s (10^6 B/s): N times the file over the time from the start
 * to the last copy's end; medians of alternating rounds, after an unmeasured round of the devices. Under each row, the CPU each column took per block
 * in this JVM and in the curls, which load moves far less than the rates.
 *
 * <p>Run: {@code scripts/bench labcopy [devices, default 20] [MiB per copy, default 20] [rounds, default 3]
 * [blksize,..., default 512,8192]}.
 */
public final class LabScaleBenchmark {
    private static final String FILE = "c1900-universalk9-mz.SPA.157-3.M8.bin";

    private final int count;
    private final long size;
    private final Path work;

    private LabScaleBenchmark(int count, long size, Path work) {
        this.count = count;
        this.size = size;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        long mib = args.length > 1 ? Long.parseLong(args[1]) : 20;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int[] blockSizes = Arrays.stream((args.length > 3 ? args[3] : "512,8192").split(","))
                .mapToInt(Integer::parseInt)
                .toArray();
        Path base = Path.of(Files.isDirectory(Path.of("/dev/shm")) ? "/dev/shm" : System.getProperty("java.io.tmpdir"));
        Path work = Files.createTempDirectory(base, "iosemu-labbench");
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
        try {
            new LabScaleBenchmark(count, mib * MIB, work).run(rounds, blockSizes);
        } finally {
            DeviceTransferBenchmark.deleteTree(work);
        }
    }

    private void run(int rounds, int[] blockSizes) throws Exception {
        Path images = Files.createDirectories(work.resolve("images"));
        DeviceTransferBenchmark.writeImage(images.resolve(FILE), "c1900", "15.7(3)M8", size);
        Process tftpd = null;
        List<VirtualDevice> devices = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try (Lab lab = Lab.builder().images(images).build()) {
            List<HeadlessSession> consoles = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                VirtualDevice device =
                        VirtualDevice.builder().profile("c1941").lab(lab).build();
                devices.add(device);
                device.powerOn();
                HeadlessSession console = device.openSession();
                LabReady.enable(console);
                consoles.add(console);
            }
            InetSocketAddress labTftp = lab.tftpAddress().orElseThrow();
            InetSocketAddress peer = null;
            if (TftpPeers.find("in.tftpd").isPresent()) {
                int port = TftpPeers.freeUdpPort();
                tftpd = TftpPeers.startTftpdHpa(TftpPeers.find("in.tftpd").get(), images, port, false);
                peer = new InetSocketAddress("127.0.0.1", port);
            }
            System.out.printf(
                    Locale.ROOT,
                    "%d concurrent copies of a %d MiB image, one JVM and one lab; aggregate MB/s (10^6 B/s),"
                            + " median of %d rounds; load average %.1f%n",
                    count,
                    size / MIB,
                    rounds,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                            .getSystemLoadAverage());
            System.out.printf(
                    Locale.ROOT,
                    "%-8s %16s %16s %16s %16s %10s%n",
                    "blksize",
                    "devices<-lab",
                    "devices<-tftpd",
                    "curl<-tftpd",
                    "curl<-lab",
                    "ours/C");
            for (int blockSize : blockSizes) {
                row(pool, consoles, labTftp, peer, blockSize, rounds);
            }
        } finally {
            pool.shutdownNow();
            for (VirtualDevice device : devices) {
                device.close();
            }
            TftpPeers.stop(tftpd);
        }
        System.out.println("devices<-lab: copy tftp://LAB-SERVER/FILE flash: typed on each device's console at once;");
        System.out.println("curl: as many curl --tftp-blksize processes at once, into /dev/shm.");
        System.out.println(
                "JVM: this JVM's CPU (the devices, the lab server, starting the curls); curls: theirs. tftpd-hpa's");
        System.out.println(
                "forked transfers reap themselves and cannot be counted. In 10 ms ticks: a few tenths of a us.");
    }

    private void row(
            ExecutorService pool,
            List<HeadlessSession> consoles,
            InetSocketAddress labTftp,
            InetSocketAddress peer,
            int blockSize,
            int rounds)
            throws Exception {
        for (HeadlessSession console : consoles) {
            console.exec("configure terminal");
            console.exec("ip tftp blocksize " + blockSize);
            console.exec("end");
        }
        // one unmeasured round first: the JIT compiles the devices' and the lab server's transfer paths over the
        // first copies (in a measured first round, a third of the JVM's CPU was the compilers'), and the table is
        // of a lab that has run a while, as the device table is; the C peers need no warm-up
        devices(pool, consoles, labTftp);
        if (peer != null) {
            devices(pool, consoles, peer);
        }
        Map<String, List<Double>> rates = new LinkedHashMap<>();
        Map<String, List<Double>> jvm = new LinkedHashMap<>();
        Map<String, List<Double>> curls = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            measure(rates, jvm, curls, "devices<-lab", () -> devices(pool, consoles, labTftp));
            measure(
                    rates,
                    jvm,
                    curls,
                    "devices<-tftpd",
                    () -> peer == null ? Double.NaN : devices(pool, consoles, peer));
            measure(rates, jvm, curls, "curl<-tftpd", () -> peer == null ? Double.NaN : curls(pool, peer, blockSize));
            measure(rates, jvm, curls, "curl<-lab", () -> curls(pool, labTftp, blockSize));
        }
        double ours = median(rates.get("devices<-lab"));
        double theirs = median(rates.get("curl<-tftpd"));
        System.out.printf(
                Locale.ROOT,
                "%-8d %16.1f %16.1f %16.1f %16.1f %10s%n",
                blockSize,
                ours,
                median(rates.get("devices<-tftpd")),
                theirs,
                median(rates.get("curl<-lab")),
                DeviceFtpRows.ratio(ours, theirs));
        double blocks = (double) count * (size / blockSize + 1);
        printCost("  JVM", jvm, blocks);
        printCost("  curls", curls, blocks);
    }

    /** A line of CPU microseconds per block under the row, a column each. */
    private static void printCost(String name, Map<String, List<Double>> seconds, double blocks) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-8s", name));
        seconds.values()
                .forEach(
                        column -> line.append(String.format(Locale.ROOT, " %13.2f us", median(column) * 1e6 / blocks)));
        System.out.println(line.append("  CPU per block"));
    }

    /** One measurement (NaN where its peer is missing): its rate, this JVM's CPU seconds and the curls'. */
    private static void measure(
            Map<String, List<Double>> rates,
            Map<String, List<Double>> jvm,
            Map<String, List<Double>> curls,
            String name,
            Rate rate)
            throws Exception {
        double jvmBefore = ProcessCpu.self();
        double curlsBefore = ProcessCpu.children();
        double measured = rate.measure();
        boolean ran = !Double.isNaN(measured);
        add(rates, name, measured);
        add(jvm, name, ran ? ProcessCpu.self() - jvmBefore : Double.NaN);
        add(curls, name, ran ? ProcessCpu.children() - curlsBefore : Double.NaN);
    }

    /** One aggregate rate in MB/s. */
    @FunctionalInterface
    private interface Rate {
        double measure() throws Exception;
    }

    private static void add(Map<String, List<Double>> rates, String name, double rate) {
        rates.computeIfAbsent(name, n -> new ArrayList<>()).add(rate);
    }

    private static double median(List<Double> values) {
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    /** All devices copy at once; the aggregate rate over the time to the last one's end. */
    private double devices(ExecutorService pool, List<HeadlessSession> consoles, InetSocketAddress server)
            throws Exception {
        String url = "tftp://127.0.0.1:" + server.getPort() + "/" + FILE;
        List<Callable<Void>> copies = new ArrayList<>();
        for (HeadlessSession console : consoles) {
            copies.add(() -> {
                DeviceCopy.run(console, "copy " + url + " flash:", size);
                return null;
            });
        }
        double seconds = together(pool, copies);
        for (HeadlessSession console : consoles) {
            DeviceCopy.delete(console, "flash:" + FILE);
        }
        return count * size / 1e6 / seconds;
    }

    /** As many curl processes at once; the aggregate rate over the time to the last one's end. */
    private double curls(ExecutorService pool, InetSocketAddress server, int blockSize) throws Exception {
        Path curl = ExternalProgram.find("curl").orElse(null);
        if (curl == null) {
            return Double.NaN;
        }
        String url = "tftp://127.0.0.1:" + server.getPort() + "/" + FILE;
        List<Callable<Void>> fetches = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path target = work.resolve("curl-" + i + ".out");
            fetches.add(() -> {
                List<String> command = List.of(
                        curl.toString(),
                        "-sS",
                        "-o",
                        target.toString(),
                        "--tftp-blksize",
                        String.valueOf(blockSize),
                        url);
                ExternalProgram.Result result = ExternalProgram.run(Duration.ofMinutes(10), command);
                long got = Files.exists(target) ? Files.size(target) : -1;
                Files.deleteIfExists(target);
                if (result.exitCode() != 0 || got != size) {
                    throw new IOException("curl exit " + result.exitCode() + ", " + got + " bytes: " + result.stderr());
                }
                return null;
            });
        }
        return count * size / 1e6 / together(pool, fetches);
    }

    /** Starts all tasks at one moment; returns the seconds until the last one ended (failing if any failed). */
    private static double together(ExecutorService pool, List<Callable<Void>> tasks) throws Exception {
        CountDownLatch ready = new CountDownLatch(tasks.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Void>> futures = new ArrayList<>();
        for (Callable<Void> task : tasks) {
            futures.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return task.call();
            }));
        }
        ready.await();
        long start = System.nanoTime();
        go.countDown();
        for (Future<Void> future : futures) {
            future.get();
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
