package dev.iosemu.bench;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.iosemu.net.ftp.ExternalProgram;
import dev.iosemu.net.ftp.FtpAccount;
import dev.iosemu.net.ftp.FtpClient;
import dev.iosemu.net.ftp.FtpConnectionSettings;
import dev.iosemu.net.ftp.FtpServer;
import dev.iosemu.net.ftp.FtpServerConfig;
import dev.iosemu.net.ftp.FtpTransferListener;
import dev.iosemu.net.ftp.VsftpdDaemon;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * One end-to-end run of FTP downloads of a 1 GiB image: our {@link FtpClient} from vsftpd and from our
 * {@link FtpServer}, into a discarding channel and into a jimfs file, against {@code curl -o /dev/shm/x}
 * from the same servers. Prints MB/s, the ratio ours/curl and, for the jimfs case, heap figures.
 *
 * <p>Run with a heap larger than the image, e.g. {@code -Xmx3g}. Needs curl; vsftpd is optional.
 * Arguments: {@code [size in MiB, default 1024] [work folder, default /dev/shm/iosemu-ftpbench]}.
 */
public final class FtpBenchmark {
    private static final long MIB = 1024 * 1024;

    private final long size;
    private final Path work;

    private FtpBenchmark(long size, Path work) {
        this.size = size;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        long mib = args.length > 0 ? Long.parseLong(args[0]) : 1024;
        Path work = Path.of(args.length > 1 ? args[1] : "/dev/shm/iosemu-ftpbench");
        new FtpBenchmark(mib * MIB, work).run();
    }

    private void run() throws Exception {
        deleteTree(work);
        Path vsftpdWork = Files.createDirectories(work.resolve("vsftpd"));
        Path root = Files.createDirectories(vsftpdWork.resolve("root")); // where VsftpdDaemon serves from
        Path image = writeImage(root.resolve("image.bin"));
        System.out.printf("FTP benchmark: %d MiB image at %s%n", size / MIB, image);
        Path curl = ExternalProgram.find("curl").orElse(null);
        VsftpdDaemon vsftpd = startVsftpd(vsftpdWork);
        try (FtpServer ours = FtpServer.start(
                FtpServerConfig.builder(root).anonymousEnabled(true).build())) {
            if (vsftpd != null) {
                measure("vsftpd", vsftpd.port(), curl);
            }
            measure("iosemu FtpServer", ours.address().getPort(), curl);
        } finally {
            if (vsftpd != null) {
                vsftpd.close();
            }
            deleteTree(work);
        }
    }

    private static VsftpdDaemon startVsftpd(Path work) throws IOException {
        Path vsftpd = ExternalProgram.find("vsftpd").orElse(null);
        if (vsftpd == null) {
            System.out.println("vsftpd not installed: skipping the vsftpd rows");
            return null;
        }
        return VsftpdDaemon.start(vsftpd, work);
    }

    private Path writeImage(Path image) throws IOException {
        byte[] block = new byte[(int) MIB];
        new Random(1941).nextBytes(block);
        try (FileChannel out = FileChannel.open(image, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            for (long written = 0; written < size; written += block.length) {
                ByteBuffer chunk = ByteBuffer.wrap(block, 0, (int) Math.min(block.length, size - written));
                while (chunk.hasRemaining()) {
                    out.write(chunk);
                }
            }
        }
        return image;
    }

    private void measure(String server, int port, Path curl) throws Exception {
        FtpConnectionSettings settings = FtpConnectionSettings.builder("127.0.0.1")
                .port(port)
                .credentials(FtpAccount.ANONYMOUS, VsftpdDaemon.PASSWORD)
                .dataTimeout(Duration.ofSeconds(60))
                .build();
        double discard = mbPerSecond(() -> retrieve(settings, new DiscardChannel()));
        double shm = intoFile(settings, Path.of("/dev/shm/iosemu-ftpbench-ours.bin"));
        double jimfs = intoJimfs(settings);
        double viaCurl = curl == null ? Double.NaN : mbPerSecond(() -> curl(curl, port));
        System.out.printf(
                "%-16s ours->discard %6.1f MB/s | ours->/dev/shm %6.1f MB/s | ours->jimfs %6.1f MB/s"
                        + " | curl->/dev/shm %6.1f MB/s%n",
                server, discard, shm, jimfs, viaCurl);
        System.out.printf(
                "%-16s ratio ours/curl: discard %.2f, /dev/shm %.2f, jimfs %.2f%n",
                server, discard / viaCurl, shm / viaCurl, jimfs / viaCurl);
    }

    private double intoFile(FtpConnectionSettings settings, Path file) throws Exception {
        try (FileChannel sink = FileChannel.open(
                file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            return mbPerSecond(() -> retrieve(settings, sink));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private double intoJimfs(FtpConnectionSettings settings) throws Exception {
        Configuration flash =
                Configuration.unix().toBuilder().setMaxSize(size + 64 * MIB).build();
        try (FileSystem fs = Jimfs.newFileSystem(flash)) {
            Path target = fs.getPath("/image.bin");
            System.gc();
            long before = heapUsed();
            resetPeaks();
            double rate;
            try (FileChannel sink = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                rate = mbPerSecond(() -> retrieve(settings, sink));
            }
            long after = heapUsed();
            long peak = heapPeak();
            System.gc();
            long retained = heapUsed();
            System.out.printf(
                    "  heap for the jimfs download: before %d MiB, after %d MiB, after GC %d MiB"
                            + " (retained %d MiB for a %d MiB image), peak of heap pools %d MiB%n",
                    before / MIB, after / MIB, retained / MIB, (retained - before) / MIB, size / MIB, peak / MIB);
            return rate;
        }
    }

    private long retrieve(FtpConnectionSettings settings, WritableByteChannel sink) throws IOException {
        try (FtpClient client = FtpClient.connect(settings, FtpTransferListener.NONE)) {
            long n = client.retrieve("image.bin", sink, FtpTransferListener.NONE);
            if (n != size) {
                throw new IOException("expected " + size + " bytes, got " + n);
            }
            return n;
        }
    }

    private long curl(Path curl, int port) throws IOException, InterruptedException {
        Path out = Path.of("/dev/shm/iosemu-ftpbench-curl.bin");
        String url =
                "ftp://anonymous:" + VsftpdDaemon.PASSWORD.replace("@", "%40") + "@127.0.0.1:" + port + "/image.bin";
        var result =
                ExternalProgram.run(Duration.ofMinutes(10), List.of(curl.toString(), "-sS", "-o", out.toString(), url));
        long n = Files.size(out);
        Files.delete(out);
        if (result.exitCode() != 0 || n != size) {
            throw new IOException("curl failed (" + result.exitCode() + ", " + n + " bytes): " + result.stderr());
        }
        return n;
    }

    /** A transfer timed on the wall clock (connection setup included), as decimal MB per second. */
    private interface Timed {
        long run() throws Exception;
    }

    private static double mbPerSecond(Timed transfer) throws Exception {
        long start = System.nanoTime();
        long bytes = transfer.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        return bytes / 1e6 / seconds;
    }

    private static long heapUsed() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks: an upper bound on the heap in use at any one moment. */
    private static long heapPeak() {
        return heapPools().stream()
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
