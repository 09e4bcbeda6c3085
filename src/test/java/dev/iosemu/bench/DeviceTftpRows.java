package dev.iosemu.bench;

import static dev.iosemu.bench.HeapProbe.MIB;

import dev.iosemu.bench.DeviceTransferBenchmark.Device;
import dev.iosemu.net.tftp.RootDirectoryStore;
import dev.iosemu.net.tftp.TftpPeers;
import dev.iosemu.net.tftp.TftpServer;
import dev.iosemu.net.tftp.TftpServerConfig;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The TFTP table: {@code copy tftp://...:PORT/image flash:} on a 1941 from our TFTP server and from
 * tftpd-hpa (both serving the same folder) for each {@code ip tftp blocksize} and {@code windowsize},
 * against {@code curl --tftp-blksize} from the same server (curl has no window option: window 1 only).
 */
final class DeviceTftpRows {
    private static final String FILE = "c1900-universalk9-mz.SPA.157-3.M8.bin";
    /** The rows measured unless the command line names others. */
    static final String ALL_BLOCK_SIZES = "512,1468,8192,65464";

    static final String ALL_WINDOW_SIZES = "1,16";

    private static final String CELL = " | %7s %7s %7s %5s";

    private final DeviceTransferBenchmark bench;
    private final long size;
    private final List<Integer> blockSizes;
    private final List<Integer> windowSizes;
    private final Map<String, Double> curlRates = new HashMap<>();

    DeviceTftpRows(DeviceTransferBenchmark bench, long size, String blockSizes, String windowSizes) {
        this.bench = bench;
        this.size = size;
        this.blockSizes = numbers(blockSizes);
        this.windowSizes = numbers(windowSizes);
    }

    private static List<Integer> numbers(String list) {
        return Arrays.stream(list.split(",")).map(Integer::valueOf).toList();
    }

    void run() throws Exception {
        Path dir = Files.createDirectories(bench.work().resolve("tftp"));
        DeviceTransferBenchmark.writeImage(dir.resolve(FILE), "c1900", "15.7(3)M8", size);
        Process tftpd = null;
        try (TftpServer ours = TftpServer.start(TftpServerConfig.builder(RootDirectoryStore.of(dir))
                        .platformListener(true) // as the lab servers run it
                        .build());
                Device device = DeviceTransferBenchmark.boot("c1941")) {
            Map<String, InetSocketAddress> servers = new LinkedHashMap<>();
            servers.put("ours", ours.address());
            if (TftpPeers.find("in.tftpd").isPresent()) {
                int port = TftpPeers.freeUdpPort();
                tftpd = TftpPeers.startTftpdHpa(TftpPeers.find("in.tftpd").get(), dir, port, false);
                servers.put("tftpd", new InetSocketAddress("127.0.0.1", port));
            }
            warmUp(device, servers.get("ours"));
            printHeader(servers);
            for (int windowSize : windowSizes) {
                for (int blockSize : blockSizes) {
                    row(device, servers, blockSize, windowSize);
                }
            }
        } finally {
            TftpPeers.stop(tftpd);
            Files.deleteIfExists(dir.resolve(FILE));
        }
        System.out.println("wall: around the copy command (prompts, set-up, progress output); line: the device's own");
        System.out.println("'bytes copied in' figure; ratio: wall/curl. curl runs lock-step (window 1) only.");
        System.out.println();
    }

    /**
     * Two unmeasured copies first: the JIT compiles the transfer path during the first tens of thousands of
     * blocks (a cold first copy ran at a quarter of the rate of the third), and the table is of a device
     * that has run a while; the C peers need no warm-up.
     */
    private void warmUp(Device device, InetSocketAddress server) throws Exception {
        String url = "tftp://127.0.0.1:" + server.getPort() + "/" + FILE;
        for (int run = 0; run < 2; run++) {
            DeviceCopy.run(device.console(), "copy " + url + " flash:", size);
            DeviceCopy.delete(device.console(), "flash:" + FILE);
        }
    }

    private void printHeader(Map<String, InetSocketAddress> servers) {
        System.out.printf(
                Locale.ROOT,
                "TFTP: copy tftp: flash: on c1941, %d MiB image, MB/s (10^6 B/s), best of %d%n",
                size / MIB,
                bench.runs());
        StringBuilder header = new StringBuilder(String.format("%-7s %-6s", "blksize", "window"));
        for (String server : servers.keySet()) {
            header.append(String.format(" | %-29s", "device<-" + server + " / curl<-" + server));
        }
        System.out.println(header);
        StringBuilder columns = new StringBuilder(String.format("%-7s %-6s", "", ""));
        servers.keySet().forEach(server -> columns.append(String.format(CELL, "wall", "line", "curl", "ratio")));
        System.out.println(columns);
    }

    private void row(Device device, Map<String, InetSocketAddress> servers, int blockSize, int windowSize)
            throws Exception {
        String refused = configure(device, blockSize, windowSize);
        StringBuilder line = new StringBuilder(String.format("%-7d %-6d", blockSize, windowSize));
        if (refused != null) {
            System.out.println(line + " | refused by the device: " + refused);
            return;
        }
        for (Map.Entry<String, InetSocketAddress> server : servers.entrySet()) {
            line.append(cell(device, server.getKey(), server.getValue(), blockSize));
        }
        System.out.println(line);
    }

    /** Sets {@code ip tftp blocksize/windowsize}; returns the device's complaint if it refuses one. */
    private static String configure(Device device, int blockSize, int windowSize) {
        device.console().exec("configure terminal");
        try {
            for (String command : List.of("ip tftp blocksize " + blockSize, "ip tftp windowsize " + windowSize)) {
                String output = device.console().exec(command);
                if (output.contains("%")) {
                    return command + ": "
                            + output.strip().lines().reduce((a, b) -> b).orElse("");
                }
            }
            return null;
        } finally {
            device.console().exec("end");
        }
    }

    private String cell(Device device, String name, InetSocketAddress server, int blockSize) throws Exception {
        String url = "tftp://127.0.0.1:" + server.getPort() + "/" + FILE;
        double wall = Double.NaN;
        double line = Double.NaN;
        for (int run = 0; run < bench.runs(); run++) {
            DeviceCopy.Result result = DeviceCopy.run(device.console(), "copy " + url + " flash:", size);
            DeviceCopy.delete(device.console(), "flash:" + FILE);
            wall = Double.isNaN(wall)
                    ? result.wallMegabytesPerSecond()
                    : Math.max(wall, result.wallMegabytesPerSecond());
            line = Double.isNaN(line)
                    ? result.deviceMegabytesPerSecond()
                    : Math.max(line, result.deviceMegabytesPerSecond());
        }
        double viaCurl = curl(name, url, blockSize);
        return String.format(
                Locale.ROOT,
                CELL,
                CurlDownload.format(wall),
                CurlDownload.format(line),
                CurlDownload.format(viaCurl),
                DeviceFtpRows.ratio(wall, viaCurl));
    }

    /** curl's rate from this server at this block size, measured once and reused for every window size. */
    private double curl(String server, String url, int blockSize) throws Exception {
        if (bench.curl().isEmpty()) {
            return Double.NaN;
        }
        String key = server + "/" + blockSize;
        if (!curlRates.containsKey(key)) {
            curlRates.put(key, DeviceTransferBenchmark.best(bench.runs(), () -> bench.curl()
                    .get()
                    .megabytesPerSecond(url, size, "--tftp-blksize", String.valueOf(blockSize))));
        }
        return curlRates.get(key);
    }
}
