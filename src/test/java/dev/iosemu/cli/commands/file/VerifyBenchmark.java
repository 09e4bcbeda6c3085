package dev.iosemu.cli.commands.file;

import dev.iosemu.cli.commands.ExecFixture;
import dev.iosemu.image.ImageSpec;
import dev.iosemu.image.ImageWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/**
 * How fast {@code verify /md5} and {@code verify} read an image from the device's in-memory flash, through
 * the real parser and output path, beside {@code md5sum} of the same bytes in a host file (warm in the page
 * cache): 400 MiB on the ISR 4321's bootflash by default. The ratio is md5sum's time over ours (1.0: as fast).
 * Run with {@code scripts/bench verify [MiB]}.
 */
public final class VerifyBenchmark {
    private static final int ROUNDS = 8;

    private VerifyBenchmark() {}

    public static void main(String[] args) throws Exception {
        long size = (args.length > 0 ? Long.parseLong(args[0]) : 400) << 20;
        ExecFixture device = ExecFixture.enabled("isr4321");
        var flash = device.router.fileSystems().defaultFileSystem();
        for (var entry : flash.list("/")) {
            flash.deleteRecursively(entry.path());
        }
        ImageWriter.write(ImageSpec.ofFileSize("isr4300", "17.9.4a", "universalk9", size), flash.path("/big.bin"));
        Path host = Files.createTempFile("iosemu-verify", ".bin");
        try {
            Files.copy(flash.path("/big.bin"), host, StandardCopyOption.REPLACE_EXISTING);
            boolean md5sum = md5sum(host) >= 0;
            System.out.printf("%-5s %12s %12s %12s %8s%n", "round", "verify /md5", "verify", "md5sum", "ratio");
            double[] ratios = new double[ROUNDS];
            for (int round = 1; round <= ROUNDS; round++) {
                double md5 = time(() -> device.exec("verify /md5 bootflash:big.bin"));
                double embedded = time(() -> device.exec("verify bootflash:big.bin"));
                double reference = md5sum ? md5sum(host) : Double.NaN;
                System.out.printf(
                        "%-5d %8.0f MB/s %8.0f MB/s %8.0f MB/s %7.2fx%n",
                        round, size / 1e6 / md5, size / 1e6 / embedded, size / 1e6 / reference, reference / md5);
                ratios[round - 1] = reference / md5;
            }
            Arrays.sort(ratios);
            System.out.printf(
                    "median ratio %.2fx (the rounds alternate, so both see the same load)%n", ratios[ROUNDS / 2]);
        } finally {
            Files.deleteIfExists(host);
        }
    }

    /** Seconds {@code md5sum} takes over {@code file}; -1 when it is not installed. */
    private static double md5sum(Path file) throws Exception {
        long start = System.nanoTime();
        Process process;
        try {
            process = new ProcessBuilder("md5sum", file.toString())
                    .redirectErrorStream(true)
                    .start();
        } catch (java.io.IOException missing) {
            return -1;
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(out);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static double time(Runnable command) {
        long start = System.nanoTime();
        command.run();
        return (System.nanoTime() - start) / 1e9;
    }
}
