package dev.iosemu.bench;

import dev.iosemu.app.VirtualDevice;
import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.image.ImageSpec;
import dev.iosemu.image.ImageWriter;
import dev.iosemu.net.ftp.ExternalProgram;
import dev.iosemu.testing.LabReady;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * End-to-end transfers into a {@link VirtualDevice}'s flash, driven through its console exactly as a user
 * types them: {@code copy ftp: bootflash:} of a large image on an ISR 4321 from our FTP server and from
 * vsftpd, and {@code copy tftp: flash:} on a 1941 from our TFTP server and from tftpd-hpa at several
 * {@code ip tftp blocksize}/{@code windowsize} settings, each against curl fetching the same file from
 * the same server into /dev/shm. Prints MB/s (10^6 B/s), ratios device/curl and heap figures.
 *
 * <p>Arguments: {@code [ftp|tftp|all] [FTP MiB, default 1024] [TFTP MiB, default 100] [runs, default 2: the best of
 * two, so the first warms the JIT up] [TFTP blksizes, default 512,1468,8192,65464] [TFTP windowsizes, default 1,16]}.
 * Run with a heap well above the FTP image size ({@code scripts/bench device} uses -Xmx4g): flash is
 * in-memory jimfs, so the copied image lives on the heap.
 */
public final class DeviceTransferBenchmark {
    private final Path work;
    private final int runs;
    private final Optional<CurlDownload> curl;

    private DeviceTransferBenchmark(Path work, int runs) {
        this.work = work;
        this.runs = runs;
        this.curl = ExternalProgram.find("curl").map(program -> new CurlDownload(program, work.resolve("curl.out")));
    }

    public static void main(String[] args) throws Exception {
        String which = args.length > 0 ? args[0] : "all";
        long ftpMib = args.length > 1 ? Long.parseLong(args[1]) : 1024;
        long tftpMib = args.length > 2 ? Long.parseLong(args[2]) : 100;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        Path base = Path.of(Files.isDirectory(Path.of("/dev/shm")) ? "/dev/shm" : System.getProperty("java.io.tmpdir"));
        Path work = Files.createTempDirectory(base, "iosemu-devbench");
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
        DeviceTransferBenchmark bench = new DeviceTransferBenchmark(work, runs);
        try {
            if (bench.curl.isEmpty()) {
                System.out.println("curl is not installed: the curl columns stay empty");
            }
            if (!which.equals("tftp")) {
                new DeviceFtpRows(bench, ftpMib * HeapProbe.MIB).run();
            }
            if (!which.equals("ftp")) {
                new DeviceTftpRows(
                                bench,
                                tftpMib * HeapProbe.MIB,
                                args.length > 4 ? args[4] : DeviceTftpRows.ALL_BLOCK_SIZES,
                                args.length > 5 ? args[5] : DeviceTftpRows.ALL_WINDOW_SIZES)
                        .run();
            }
        } finally {
            deleteTree(work);
        }
    }

    Path work() {
        return work;
    }

    int runs() {
        return runs;
    }

    Optional<CurlDownload> curl() {
        return curl;
    }

    /** A powered-on device without lab servers, its console in privileged EXEC. */
    static Device boot(String profile) throws Exception {
        VirtualDevice device =
                VirtualDevice.builder().profile(profile).labServers(false).build();
        device.powerOn();
        HeadlessSession console = device.openSession();
        LabReady.enable(console);
        return new Device(device, console);
    }

    /** A device and the console the benchmark drives it through. */
    record Device(VirtualDevice device, HeadlessSession console) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            device.close();
        }
    }

    /** Writes a synthetic image of exactly {@code size} bytes (header included), world-readable for the daemons. */
    static Path writeImage(Path file, String platform, String version, long size) throws IOException {
        ImageWriter.write(ImageSpec.ofFileSize(platform, version, "universalk9", size), file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        return file;
    }

    /** The best (highest) rate of {@code runs} measurements. */
    static double best(int runs, Rate rate) throws Exception {
        double best = Double.NaN;
        for (int i = 0; i < runs; i++) {
            double value = rate.measure();
            best = Double.isNaN(best) ? value : Math.max(best, value);
        }
        return best;
    }

    /** One measurement in MB/s. */
    @FunctionalInterface
    interface Rate {
        double measure() throws Exception;
    }

    static void deleteTree(Path folder) throws IOException {
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
