package dev.iosemu.net.tftp;

import dev.iosemu.net.Ticker;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * Loss recovery: a 1 MiB download through a relay that drops 1% and duplicates 2% of the datagrams, our
 * client beside tftp-hpa's, from tftpd-hpa with its default settings and from our server with its
 * defaults. Our client asks what the device asks (no options but tsize, a 2 s timeout it adapts to the round
 * trip). Prints seconds per run and the median. Run: {@code scripts/bench loss [runs]}.
 */
public final class LossyRelayBenchmark {
    private static final String FILE = "loss.bin";
    private static final int SIZE = 1 << 20;
    private static final double DROP = 0.01;
    private static final double DUPLICATE = 0.02;

    private LossyRelayBenchmark() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Path dir = Files.createTempDirectory("tftp-loss");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        byte[] content = new byte[SIZE];
        new Random(7).nextBytes(content);
        Files.write(dir.resolve(FILE), content);
        Files.setPosixFilePermissions(dir.resolve(FILE), PosixFilePermissions.fromString("rw-r--r--"));
        Optional<Path> tftpd = TftpPeers.find("in.tftpd");
        Optional<Path> tftp = TftpPeers.find("tftp");
        System.out.printf(
                Locale.ROOT,
                "1 MiB through a relay dropping %.0f%% and duplicating %.0f%% of datagrams, seconds (%d runs)%n",
                DROP * 100,
                DUPLICATE * 100,
                runs);
        Process tftpdProcess = null;
        try (TftpServer ours = TftpServer.start(
                TftpServerConfig.builder(RootDirectoryStore.of(dir)).build())) {
            if (tftpd.isPresent()) {
                int port = TftpPeers.freeUdpPort();
                tftpdProcess = TftpPeers.startTftpdHpa(tftpd.get(), dir, port, false);
                report("tftpd-hpa", new InetSocketAddress("127.0.0.1", port), dir, tftp, runs);
            }
            report("our server", ours.address(), dir, tftp, runs);
        } finally {
            TftpPeers.stop(tftpdProcess);
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(dir);
        }
    }

    private static void report(String server, InetSocketAddress address, Path dir, Optional<Path> tftp, int runs)
            throws Exception {
        double[] ourTimes = new double[runs];
        double[] hpaTimes = new double[runs];
        for (int run = 0; run < runs; run++) {
            ourTimes[run] = timeOurClient(address, dir, run);
            hpaTimes[run] = tftp.isPresent() ? timeTftpHpa(tftp.get(), address, dir, run) : Double.NaN;
        }
        double ours = median(ourTimes);
        double hpa = median(hpaTimes);
        System.out.printf(
                Locale.ROOT,
                "from %-10s  our client %6.2f s %s   tftp-hpa %6.2f s %s   ours/tftp-hpa %.2fx%n",
                server,
                ours,
                round(ourTimes),
                hpa,
                round(hpaTimes),
                ours / hpa);
    }

    private static double timeOurClient(InetSocketAddress server, Path dir, long seed) throws Exception {
        Path out = dir.resolve("ours.out");
        TftpOptions device =
                TftpOptions.builder().timeout(Duration.ofSeconds(2)).retries(5).build();
        try (FaultRelay relay = new FaultRelay(server, seed, DROP, DUPLICATE, 0);
                FileChannel sink = FileChannel.open(
                        out,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING)) {
            long start = System.nanoTime();
            TftpClient.create(Ticker.system()).download(relay.address(), FILE, sink, device, TftpTransferListener.NONE);
            return check(out, dir, (System.nanoTime() - start) / 1e9);
        }
    }

    private static double timeTftpHpa(Path tftp, InetSocketAddress server, Path dir, long seed) throws Exception {
        Path out = dir.resolve("hpa.out");
        try (FaultRelay relay = new FaultRelay(server, seed, DROP, DUPLICATE, 0)) {
            long start = System.nanoTime();
            TftpPeers.run(
                    List.of(
                            tftp.toString(),
                            "-m",
                            "binary",
                            "127.0.0.1",
                            Integer.toString(relay.address().getPort()),
                            "-c",
                            "get",
                            FILE,
                            out.toString()),
                    600);
            return check(out, dir, (System.nanoTime() - start) / 1e9);
        }
    }

    private static double check(Path out, Path dir, double seconds) throws IOException {
        if (Files.mismatch(out, dir.resolve(FILE)) != -1) {
            throw new IOException("corrupt download: " + out);
        }
        Files.delete(out);
        return seconds;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static List<Double> round(double[] values) {
        List<Double> rounded = new ArrayList<>();
        for (double value : values) {
            rounded.add(Math.round(value * 100) / 100.0);
        }
        return rounded;
    }
}
