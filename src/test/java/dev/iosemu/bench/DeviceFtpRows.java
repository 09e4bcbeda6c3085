package dev.iosemu.bench;

import static dev.iosemu.bench.HeapProbe.MIB;

import dev.iosemu.bench.DeviceTransferBenchmark.Device;
import dev.iosemu.net.ftp.ExternalProgram;
import dev.iosemu.net.ftp.FtpServer;
import dev.iosemu.net.ftp.FtpServerConfig;
import dev.iosemu.net.ftp.VsftpdDaemon;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The FTP table: {@code copy ftp://...:PORT/image bootflash:} on an ISR 4321 from our FTP server and from
 * vsftpd (both serving the same folder), against curl from the same server, with heap figures per copy.
 */
final class DeviceFtpRows {
    private static final String FILE = "isr4300-universalk9.17.09.04a.SPA.bin";
    private static final String ROW = "%-18s %12s %14s %8s %10s %9s%n";

    private final DeviceTransferBenchmark bench;
    private final long size;

    DeviceFtpRows(DeviceTransferBenchmark bench, long size) {
        this.bench = bench;
        this.size = size;
    }

    void run() throws Exception {
        Path vsftpdWork = Files.createDirectories(bench.work().resolve("vsftpd"));
        Path root = Files.createDirectories(vsftpdWork.resolve("root")); // where VsftpdDaemon serves from
        DeviceTransferBenchmark.writeImage(root.resolve(FILE), "isr4300", "17.9.4a", size);
        Optional<VsftpdDaemon> vsftpd = startVsftpd(vsftpdWork);
        try (FtpServer ours = FtpServer.start(
                        FtpServerConfig.builder(root).anonymousEnabled(true).build());
                Device device = DeviceTransferBenchmark.boot("isr4321")) {
            System.out.printf(
                    Locale.ROOT,
                    "FTP: copy ftp: bootflash: on isr4321, %d MiB image, MB/s (10^6 B/s), best of %d%n",
                    size / MIB,
                    bench.runs());
            System.out.printf(ROW, "server", "device wall", "device's line", "curl", "wall/curl", "line/curl");
            row("iosemu FtpServer", ours.address().getPort(), device);
            if (vsftpd.isPresent()) {
                row("vsftpd", vsftpd.get().port(), device);
            }
        } finally {
            vsftpd.ifPresent(VsftpdDaemon::close);
            Files.deleteIfExists(root.resolve(FILE));
        }
        System.out.println();
    }

    private static Optional<VsftpdDaemon> startVsftpd(Path work) throws IOException {
        Optional<Path> program = ExternalProgram.find("vsftpd");
        if (program.isEmpty()) {
            System.out.println("vsftpd is not installed: no vsftpd row");
            return Optional.empty();
        }
        return Optional.of(VsftpdDaemon.start(program.get(), work));
    }

    /** Device copies and curl downloads alternate, so both see the same machine load; the best of each counts. */
    private void row(String server, int port, Device device) throws Exception {
        String url = "ftp://" + VsftpdDaemon.USER + ":" + VsftpdDaemon.PASSWORD + "@127.0.0.1:" + port + "/" + FILE;
        Heap heap = null;
        List<String> gcLines = new ArrayList<>();
        Best wall = new Best();
        Best line = new Best();
        Best viaCurl = new Best();
        for (int run = 0; run < bench.runs(); run++) {
            long before = HeapProbe.usedAfterGc();
            HeapProbe.resetPeak();
            GcProbe gc = GcProbe.start();
            DeviceCopy.Result result = DeviceCopy.run(device.console(), "copy " + url + " bootflash:", size);
            gcLines.add(gc.describe(size));
            long peak = HeapProbe.peak();
            long after = HeapProbe.usedAfterGc();
            DeviceCopy.delete(device.console(), "bootflash:" + FILE);
            heap = heap != null ? heap : new Heap(before, after, peak, HeapProbe.usedAfterGc());
            wall.add(result.wallMegabytesPerSecond());
            line.add(result.deviceMegabytesPerSecond());
            viaCurl.add(curl(port));
        }
        System.out.printf(
                Locale.ROOT,
                ROW,
                server,
                CurlDownload.format(wall.value),
                CurlDownload.format(line.value),
                CurlDownload.format(viaCurl.value),
                ratio(wall.value, viaCurl.value),
                ratio(line.value, viaCurl.value));
        System.out.println("  " + heap.describe(size));
        gcLines.forEach(gcLine -> System.out.println("  " + gcLine));
    }

    private double curl(int port) throws Exception {
        if (bench.curl().isEmpty()) {
            return Double.NaN;
        }
        String password = VsftpdDaemon.PASSWORD.replace("@", "%40");
        String url = "ftp://" + VsftpdDaemon.USER + ":" + password + "@127.0.0.1:" + port + "/" + FILE;
        return bench.curl().get().megabytesPerSecond(url, size);
    }

    static String ratio(double ours, double theirs) {
        return Double.isNaN(ours) || Double.isNaN(theirs) ? "-" : String.format(Locale.ROOT, "%.2f", ours / theirs);
    }

    /** The highest of the rates added so far (NaN until one is). */
    private static final class Best {
        private double value = Double.NaN;

        void add(double rate) {
            value = Double.isNaN(value) ? rate : Math.max(value, rate);
        }
    }

    /** Heap around the first copy: before it, after it (image in flash), its peak, and after deleting the file. */
    private record Heap(long before, long afterCopy, long peak, long afterDelete) {
        String describe(long image) {
            return String.format(
                    Locale.ROOT,
                    "heap after GC: before %d MiB, after copy %d MiB (+%d MiB for a %d MiB image),"
                            + " after delete %d MiB; peak during copy %d MiB (+%d MiB over before;"
                            + " a sum of pool peaks, collectable garbage included)",
                    before / MIB,
                    afterCopy / MIB,
                    (afterCopy - before) / MIB,
                    image / MIB,
                    afterDelete / MIB,
                    peak / MIB,
                    (peak - before) / MIB);
        }
    }
}
