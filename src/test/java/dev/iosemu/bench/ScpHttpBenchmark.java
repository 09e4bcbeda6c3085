package dev.iosemu.bench;

import dev.iosemu.app.VirtualDevice;
import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.net.ftp.ExternalProgram;
import dev.iosemu.net.http.LabHttpServer;
import dev.iosemu.testing.LabReady;
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
 * machine. {@code scripts/bench http [MiB] [runs]}: {@code copy http:} from the lab HTTP server into an
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
        try {
            if (which.equals("http")) {
                http(file, runs);
            } else {
                scp(file, runs);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void scp(Path file, int runs) throws Exception {
        var scp = ExternalProgram.find("scp");
        var sshpass = ExternalProgram.find("sshpass");
        if (scp.isEmpty() || sshpass.isEmpty()) {
            System.out.println("OpenSSH scp or sshpass missing: nothing to measure");
            return;
        }
        double[] device = new double[runs];
        try (VirtualDevice router =
                VirtualDevice.builder().labServers(false).sshPort(0).build()) {
            HeadlessSession console = router.openSession();
            router.powerOn(console.session());
            LabReady.enable(console);
            for (String line : List.of(
                    "configure terminal",
                    "hostname R1",
                    "ip domain name lab.local",
                    "crypto key generate rsa modulus 2048",
                    "username cisco privilege 15 secret cisco",
                    "ip scp server enable",
                    "line vty 0 4",
                    "login local",
                    "transport input ssh",
                    "end")) {
                console.execChecked(line);
            }
            int port = router.sshAddress().orElseThrow().getPort();
            for (int i = 0; i < runs; i++) {
                device[i] = push(
                        file,
                        List.of(
                                sshpass.get().toString(),
                                "-p",
                                "cisco",
                                scp.get().toString()),
                        port,
                        List.of(),
                        "cisco@127.0.0.1:flash:/bench.bin");
                DeviceCopy.delete(console, "flash:bench.bin");
            }
        }
        double[] openssh = new double[runs];
        Path dir = Files.createTempDirectory("iosemu-bench-sshd");
        Process sshd = SshBenchmark.startSshd(dir, List.of());
        if (sshd != null) {
            try {
                Path target = Path.of(file + ".copy");
                for (int i = 0; i < runs; i++) {
                    openssh[i] = push(
                            file,
                            List.of(scp.get().toString()),
                            SshBenchmark.sshdPort(dir),
                            List.of("-i", dir.resolve("client_key").toString()),
                            System.getProperty("user.name") + "@127.0.0.1:" + target);
                    Files.deleteIfExists(target);
                }
            } finally {
                sshd.destroy();
                sshd.waitFor();
            }
        } else {
            Arrays.fill(openssh, Double.NaN);
        }
        row("scp -O into c1941 flash: (MINA SSHD, our SCP server)", device);
        row("scp -O to OpenSSH sshd 9.2 (/dev/shm)", openssh);
        System.out.printf("ratio (median): %s x%n", CurlDownload.format(median(device) / median(openssh)));
    }

    private static double push(Path file, List<String> prefix, int port, List<String> options, String to)
            throws Exception {
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
        command.add(file.toString());
        command.add(to);
        long start = System.nanoTime();
        ExternalProgram.Result result = ExternalProgram.run(Duration.ofMinutes(10), command);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (result.exitCode() != 0) {
            throw new IOException("scp failed: " + result.stderr());
        }
        return Files.size(file) / 1e6 / seconds;
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
