package dev.iosemu.bench;

import dev.iosemu.net.Ticker;
import dev.iosemu.net.tftp.RootDirectoryStore;
import dev.iosemu.net.tftp.TftpClient;
import dev.iosemu.net.tftp.TftpOptions;
import dev.iosemu.net.tftp.TftpPeers;
import dev.iosemu.net.tftp.TftpServer;
import dev.iosemu.net.tftp.TftpServerConfig;
import dev.iosemu.net.tftp.TftpTransferListener;
import dev.iosemu.net.tftp.wire.TftpCodec;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

/**
 * End-to-end TFTP throughput on loopback: our client and server against tftpd-hpa, curl and atftp, for each
 * block size and window size, printing MB/s (10^6 bytes per second): the best of several runs, and their
 * median in a second table, since a machine shared with other work makes single runs noisy.
 *
 * <p>Run: {@code java -cp target/classes:target/test-classes dev.iosemu.bench.TftpBenchmark [MiB] [runs]
 * [blksize,...] [ws,...]}; the last two restrict the rows measured.
 */
public final class TftpBenchmark {
    private static final String FILE = "bench.bin";
    private static final String ALL_BLOCK_SIZES = "512,1468,8192,65464";
    private static final String ALL_WINDOW_SIZES = "1,16";

    private final long size;
    private final int runs;
    private final int[] blockSizes;
    private final int[] windowSizes;
    private final Path dir;
    private final InetSocketAddress ours;
    private final InetSocketAddress tftpd; // null if tftpd-hpa is not installed
    private final Optional<Path> curl = TftpPeers.find("curl");
    private final Optional<Path> atftp = TftpPeers.find("atftp");

    private TftpBenchmark(
            long size, int runs, int[][] rows, Path dir, InetSocketAddress ours, InetSocketAddress tftpd) {
        this.size = size;
        this.runs = runs;
        this.blockSizes = rows[0];
        this.windowSizes = rows[1];
        this.dir = dir;
        this.ours = ours;
        this.tftpd = tftpd;
    }

    public static void main(String[] args) throws Exception {
        long mib = args.length > 0 ? Long.parseLong(args[0]) : 100;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int[] blockSizes = numbers(args.length > 2 ? args[2] : ALL_BLOCK_SIZES);
        int[] windowSizes = numbers(args.length > 3 ? args[3] : ALL_WINDOW_SIZES);
        Path dir = Files.createTempDirectory(
                Path.of(Files.isDirectory(Path.of("/dev/shm")) ? "/dev/shm" : "/tmp"), "tftp-bench");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Process tftpdProcess = null;
        try (TftpServer server = TftpServer.start(TftpServerConfig.builder(RootDirectoryStore.of(dir))
                .platformListener(true) // as the lab servers run it
                .build())) {
            writeFile(dir.resolve(FILE), mib << 20);
            Optional<Path> tftpdProgram = TftpPeers.find("in.tftpd");
            InetSocketAddress tftpd = null;
            if (tftpdProgram.isPresent()) {
                int port = TftpPeers.freeUdpPort();
                tftpdProcess = TftpPeers.startTftpdHpa(tftpdProgram.get(), dir, port, false);
                tftpd = new InetSocketAddress("127.0.0.1", port);
            }
            int[][] rows = {blockSizes, windowSizes};
            new TftpBenchmark(mib << 20, runs, rows, dir, server.address(), tftpd).runAll();
        } finally {
            TftpPeers.stop(tftpdProcess);
            Files.deleteIfExists(dir.resolve(FILE));
            Files.deleteIfExists(dir);
        }
    }

    private static int[] numbers(String list) {
        return Arrays.stream(list.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    /** Writes {@code bytes} of seeded random data to {@code file}, readable by the C daemons. */
    static void writeFile(Path file, long bytes) throws IOException {
        byte[] chunk = new byte[1 << 20];
        new Random(42).nextBytes(chunk);
        try (var out = Files.newOutputStream(file)) {
            for (long written = 0; written < bytes; written += chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, bytes - written));
            }
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    }

    private void runAll() throws Exception {
        ourClient(ours, 512, 1); // JIT warm-up
        Map<String, Map<String, List<Double>>> rows = new LinkedHashMap<>();
        for (int windowSize : windowSizes) {
            for (int blockSize : blockSizes) {
                rows.put(blockSize + " " + windowSize, measureRow(blockSize, windowSize));
            }
        }
        printTable("best", rows, samples -> samples.get(samples.size() - 1));
        printTable("median", rows, samples -> samples.get(samples.size() / 2));
        printWindowGain(rows);
        System.out.println(UdpCeiling.summary(TftpCodec.DATA_HEADER_SIZE + 8192, 16, size, runs));
        System.out.println("curl has no windowsize option: it runs at windowsize 1 only (\"-\" at 16).");
        System.out.println("tftpd-hpa 5.2 ignores windowsize, so its pairs run lock-step even when 16 is asked.");
        System.out.println("atftp is timed as a whole process (start-up included); curl by its own time_total.");
    }

    private void printTable(
            String statistic, Map<String, Map<String, List<Double>>> rows, Function<List<Double>, Double> pick) {
        System.out.printf(
                Locale.ROOT,
                "TFTP loopback throughput, %d MiB file, %s of %d, MB/s (10^6 B/s), %s%n",
                size >> 20,
                statistic,
                runs,
                placement());
        List<String> header = null;
        for (Map.Entry<String, Map<String, List<Double>>> entry : rows.entrySet()) {
            Map<String, Double> row = new LinkedHashMap<>();
            entry.getValue().forEach((name, samples) -> row.put(name, samples.isEmpty() ? null : pick.apply(samples)));
            if (header == null) {
                header = new ArrayList<>(row.keySet());
                printHeader(header);
            }
            String[] key = entry.getKey().split(" ");
            printRow(Integer.parseInt(key[0]), Integer.parseInt(key[1]), header, row);
        }
    }

    /** The speed-up of the largest window over windowsize 1, ours<-ours, per block size (medians). */
    private void printWindowGain(Map<String, Map<String, List<Double>>> rows) {
        int largest = Arrays.stream(windowSizes).max().orElse(1);
        if (largest == 1 || Arrays.stream(windowSizes).noneMatch(w -> w == 1)) {
            return;
        }
        StringBuilder line = new StringBuilder("windowsize " + largest + " over 1, ours<-ours (medians):");
        for (int blockSize : blockSizes) {
            List<Double> lockStep = rows.get(blockSize + " 1").get("ours<-ours");
            List<Double> windowed = rows.get(blockSize + " " + largest).get("ours<-ours");
            if (!lockStep.isEmpty() && !windowed.isEmpty()) {
                double gain = windowed.get(windowed.size() / 2) / lockStep.get(lockStep.size() / 2);
                line.append(String.format(Locale.ROOT, " %d: %.2fx", blockSize, gain));
            }
        }
        System.out.println(line);
    }

    /** On how many processors the peers run: the whole benchmark may have been pinned with taskset. */
    private static String placement() {
        int processors = Runtime.getRuntime().availableProcessors();
        return processors == 1 ? "all peers on one CPU" : "peers free on " + processors + " CPUs";
    }

    /**
     * Measures every pair of one row, interleaving the runs (pair A, B, C, then A, B, C again) so that load
     * from other processes on the machine falls on all pairs alike; each pair's rates come back sorted.
     */
    private Map<String, List<Double>> measureRow(int blockSize, int windowSize) {
        boolean curlRuns = curl.isPresent() && windowSize == 1;
        Map<String, Timed> pairs = new LinkedHashMap<>();
        pairs.put("ours<-ours", () -> ourClient(ours, blockSize, windowSize));
        pairs.put("ours<-tftpd", tftpd == null ? null : () -> ourClient(tftpd, blockSize, windowSize));
        pairs.put("curl<-ours", curlRuns ? () -> curl(ours, blockSize) : null);
        pairs.put("curl<-tftpd", curlRuns && tftpd != null ? () -> curl(tftpd, blockSize) : null);
        pairs.put("atftp<-ours", atftp.isPresent() ? () -> atftp(ours, blockSize, windowSize) : null);
        pairs.put(
                "atftp<-tftpd", atftp.isPresent() && tftpd != null ? () -> atftp(tftpd, blockSize, windowSize) : null);
        Map<String, List<Double>> rates = new LinkedHashMap<>();
        pairs.keySet().forEach(name -> rates.put(name, new ArrayList<>()));
        for (int run = 0; run < runs; run++) {
            pairs.forEach((name, pair) -> {
                Double seconds = pair == null ? null : timeOnce(name, pair);
                if (seconds != null) {
                    rates.get(name).add(size / seconds / 1e6);
                }
            });
        }
        rates.values().forEach(Collections::sort);
        return rates;
    }

    private interface Timed {
        /** Seconds taken by one transfer of the whole file. */
        double seconds() throws Exception;
    }

    private static Double timeOnce(String name, Timed transfer) {
        try {
            return transfer.seconds();
        } catch (Exception e) {
            System.out.println("  (" + name + " failed: " + e.getMessage() + ")");
            return null;
        }
    }

    private double ourClient(InetSocketAddress server, int blockSize, int windowSize) throws IOException {
        TftpOptions options = TftpOptions.builder()
                .blockSize(blockSize)
                .windowSize(windowSize)
                .timeout(Duration.ofSeconds(1))
                .build();
        long start = System.nanoTime();
        long bytes = TftpClient.create(Ticker.system())
                .download(server, FILE, new DiscardChannel(), options, TftpTransferListener.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        check(bytes);
        return seconds;
    }

    private double curl(InetSocketAddress server, int blockSize) throws Exception {
        String out = TftpPeers.run(
                List.of(
                        curl.orElseThrow().toString(),
                        "-sS",
                        "-o",
                        "/dev/null",
                        "-w",
                        "%{time_total} %{size_download}",
                        "--tftp-blksize",
                        Integer.toString(blockSize),
                        "tftp://127.0.0.1:" + server.getPort() + "/" + FILE),
                600);
        String[] fields = out.trim().split(" ");
        check(Long.parseLong(fields[1]));
        return Double.parseDouble(fields[0]);
    }

    private double atftp(InetSocketAddress server, int blockSize, int windowSize) throws Exception {
        Path out = dir.resolve("atftp.out");
        List<String> command = new ArrayList<>(
                List.of(atftp.orElseThrow().toString(), "--option", "blksize " + blockSize, "--option", "tsize"));
        if (windowSize > 1) {
            command.addAll(List.of("--option", "windowsize " + windowSize));
        }
        command.addAll(
                List.of("-g", "-r", FILE, "-l", out.toString(), "127.0.0.1", Integer.toString(server.getPort())));
        long start = System.nanoTime();
        TftpPeers.run(command, 600);
        double seconds = (System.nanoTime() - start) / 1e9;
        check(Files.size(out));
        Files.delete(out);
        return seconds;
    }

    private void check(long bytes) throws IOException {
        if (bytes != size) {
            throw new IOException("short transfer: " + bytes + " of " + size);
        }
    }

    private static void printHeader(List<String> columns) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%8s %3s", "blksize", "ws"));
        columns.forEach(c -> line.append(String.format(Locale.ROOT, " %12s", c)));
        line.append(String.format(Locale.ROOT, " %13s %8s %8s %8s", "bestC pair", "ours/C", "client/C", "server/C"));
        System.out.println(line);
    }

    /**
     * Prints a row and its ratios to the fastest all-C pair: of our pair, of our client with tftpd-hpa, and of
     * our server with the faster C client.
     */
    private static void printRow(int blockSize, int windowSize, List<String> columns, Map<String, Double> row) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%8d %3d", blockSize, windowSize));
        columns.forEach(c -> line.append(
                row.get(c) == null
                        ? String.format(Locale.ROOT, " %12s", "-")
                        : String.format(Locale.ROOT, " %12.1f", row.get(c))));
        String bestC = fastest(row, "curl<-tftpd", "atftp<-tftpd");
        line.append(String.format(Locale.ROOT, " %13s", bestC == null ? "-" : bestC));
        String ourServer = fastest(row, "curl<-ours", "atftp<-ours");
        for (String ours : new String[] {"ours<-ours", "ours<-tftpd", ourServer}) {
            line.append(
                    bestC == null || ours == null || row.get(ours) == null
                            ? String.format(Locale.ROOT, " %8s", "-")
                            : String.format(Locale.ROOT, " %8.2f", row.get(ours) / row.get(bestC)));
        }
        System.out.println(line);
    }

    /** The name of the fastest measured pair among {@code names}, or null if none was measured. */
    private static String fastest(Map<String, Double> row, String... names) {
        String best = null;
        for (String name : names) {
            if (row.get(name) != null && (best == null || row.get(name) > row.get(best))) {
                best = name;
            }
        }
        return best;
    }
}
