package dev.iosemu.bench;

import dev.iosemu.app.VirtualDevice;
import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.net.ftp.ExternalProgram;
import dev.iosemu.net.http.LabHttpServer;
import dev.iosemu.testing.LabReady;
import dev.iosemu.testing.OpenSshd;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * {@code scripts/bench scp [MiB] [runs]}: a file pushed with OpenSSH's {@code scp -O} (AES-GCM) into a c1941's
 * flash through the device's SCP server, beside the same push to an OpenSSH sshd of our own on the same
 * machine; then {@code copy scp:} pulling it from that sshd into flash (the device's key logging in, the
 * cipher pinned to AES-GCM by sshd's configuration), beside OpenSSH's {@code scp -O} pulling it to /dev/shm. {@code scripts/bench http [MiB] [runs]}: {@code copy http:} from the lab HTTP server into an
 * isr4321's bootflash, beside curl fetching the same file to /dev/shm. Medians; figures, not pass/fail.
 */
public final class ScpHttpBenchmark {
    private static final String CIPHER = "aes128-gcm@openssh.com";

    private ScpHttpBenchmark() {}

    public static void main(String[] args) throws Exception {
        String which = args.length > 0 ? args[0] : "scp";
        int mebibytes = args.length > 1 ? Integer.parseInt(args[1]) : which.equals("http") ? 1024 : 200;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path file = Path.of("/dev/shm").toFile().isDirectory()
                ? Path.of("/dev/shm/iosemu-bench-" + which + ".dat")
                : Files.createTempFile("iosemu-bench", ".dat");
        write(file, (long) mebibytes << 20);
        System.out.printf("%d MiB, %d runs; load average %.2f at the start%n", mebibytes, runs, loadAverage());
        try {
            if (which.equals("http")) {
                http(file, runs);
            } else {
                scp(file, runs);
            }
        } finally {
            Files.deleteIfExists(file);
        }
        System.out.printf("load average %.2f at the end%n", loadAverage());
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void scp(Path file, int runs) throws Exception {
        var scp = ExternalProgram.find("scp");
        var sshpass = ExternalProgram.find("sshpass");
        if (scp.isEmpty() || sshpass.isEmpty()) {
            System.out.println("OpenSSH scp or sshpass missing: nothing to measure");
            return;
        }
        long size = Files.size(file);
        double[] pushDevice = new double[runs];
        double[] pushSshd = filled(runs);
        double[] pullDevice = filled(runs);
        double[] pullSshd = filled(runs);
        Path dir = Files.createTempDirectory("iosemu-bench-sshd");
        try (VirtualDevice router =
                VirtualDevice.builder().labServers(false).sshPort(0).build()) {
            HeadlessSession console = deviceWithScpServer(router);
            int port = router.sshAddress().orElseThrow().getPort();
            for (int i = 0; i < runs; i++) {
                pushDevice[i] = transfer(
                        List.of(
                                sshpass.get().toString(),
                                "-p",
                                "cisco",
                                scp.get().toString()),
                        port,
                        List.of(),
                        file.toString(),
                        "cisco@127.0.0.1:flash:/bench.bin",
                        size);
                DeviceCopy.delete(console, "flash:bench.bin");
            }
            String deviceKey = OpenSshd.authorizedKey(console.exec("show crypto key mypubkey rsa"));
            OpenSshd sshd = SshBenchmark.startSshd(dir, List.of(deviceKey), List.of("Ciphers " + CIPHER));
            if (sshd != null) {
                try (sshd) {
                    List<String> key = List.of("-i", dir.resolve("client_key").toString());
                    String user = System.getProperty("user.name");
                    Path copy = Path.of(file + ".copy");
                    String from = "scp://" + user + "@127.0.0.1:" + sshd.port() + "/" + file;
                    for (int i = 0; i < runs; i++) {
                        pushSshd[i] = transfer(
                                List.of(scp.get().toString()),
                                sshd.port(),
                                key,
                                file.toString(),
                                user + "@127.0.0.1:" + copy,
                                size);
                        Files.deleteIfExists(copy);
                        pullDevice[i] = DeviceCopy.answering(console, "copy " + from + " flash:", size, "", "", "", "")
                                .wallMegabytesPerSecond();
                        DeviceCopy.delete(console, "flash:" + file.getFileName());
                        pullSshd[i] = transfer(
                                List.of(scp.get().toString()),
                                sshd.port(),
                                key,
                                user + "@127.0.0.1:" + file,
                                copy.toString(),
                                size);
                        Files.deleteIfExists(copy);
                    }
                }
            }
        }
        row("scp -O into c1941 flash: (MINA SSHD, our SCP server)", pushDevice);
        row("scp -O to OpenSSH sshd 9.2 (/dev/shm)", pushSshd);
        System.out.printf("ratio (median): %s x%n", CurlDownload.format(median(pushDevice) / median(pushSshd)));
        row("copy scp: from OpenSSH sshd into c1941 flash: (wall clock)", pullDevice);
        row("scp -O from OpenSSH sshd 9.2 to /dev/shm", pullSshd);
        System.out.printf("ratio (median): %s x%n", CurlDownload.format(median(pullDevice) / median(pullSshd)));
    }

    /**
     * A shipped c1941 (lab-ready: cisco/cisco at level 15, an RSA key its SSH server and client use, vty lines
     * taking SSH) with its SCP server on.
     */
    private static HeadlessSession deviceWithScpServer(VirtualDevice router) throws Exception {
        HeadlessSession console = router.openSession();
        router.powerOn(console.session());
        LabReady.enable(console);
        for (String line : List.of("configure terminal", "ip scp server enable", "end")) {
            console.execChecked(line);
        }
        return console;
    }

    private static double[] filled(int runs) {
        double[] rates = new double[runs];
        Arrays.fill(rates, Double.NaN);
        return rates;
    }

    /** Runs OpenSSH's {@code scp -O} from {@code from} to {@code to}; MB/s of {@code size} bytes on the wall clock. */
    private static double transfer(
            List<String> prefix, int port, List<String> options, String from, String to, long size) throws Exception {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(
                "-O",
                "-q",
                "-c",
                CIPHER,
                "-P",
                Integer.toString(port),
                "-o",
                "StrictHostKeyChecking=no",
                "-o",
                "UserKnownHostsFile=/dev/null"));
        command.addAll(options);
        command.add(from);
        command.add(to);
        long start = System.nanoTime();
        ExternalProgram.Result result = ExternalProgram.run(Duration.ofMinutes(10), command);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (result.exitCode() != 0) {
            throw new IOException("scp failed: " + result.stderr());
        }
        return size / 1e6 / seconds;
    }

    private static void http(Path file, int runs) throws Exception {
        long size = Files.size(file);
        double[] device = new double[runs];
        double[] curl = new double[runs];
        try (LabHttpServer server = LabHttpServer.start(InetAddress.getLoopbackAddress(), 0, file.getParent(), false);
                VirtualDevice router = VirtualDevice.builder()
                        .profile("isr4321")
                        .labServers(false)
                        .build()) {
            HeadlessSession console = router.openSession();
            router.powerOn(console.session());
            LabReady.enable(console);
            String url = "http://127.0.0.1:" + server.address().getPort() + "/" + file.getFileName();
            var curlPath = ExternalProgram.find("curl");
            for (int i = 0; i < runs; i++) {
                device[i] = DeviceCopy.run(console, "copy " + url + " bootflash:", size)
                        .wallMegabytesPerSecond();
                DeviceCopy.delete(console, "bootflash:" + file.getFileName());
                curl[i] = curlPath.isPresent()
                        ? new CurlDownload(curlPath.get(), Path.of(file + ".curl")).megabytesPerSecond(url, size)
                        : Double.NaN;
            }
        }
        row("copy http: into isr4321 bootflash: (wall clock)", device);
        row("curl to /dev/shm", curl);
        System.out.printf("ratio (median): %s x%n", CurlDownload.format(median(device) / median(curl)));
    }

    private static void row(String name, double[] rates) {
        System.out.printf(
                "%-60s median %s MB/s  runs %s%n",
                name,
                CurlDownload.format(median(rates)),
                Arrays.toString(
                        Arrays.stream(rates).mapToObj(CurlDownload::format).toArray()));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void write(Path file, long bytes) throws IOException {
        byte[] chunk = new byte[1 << 20];
        new Random(7).nextBytes(chunk);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long left = bytes; left > 0; left -= chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, left));
            }
        }
    }
}
