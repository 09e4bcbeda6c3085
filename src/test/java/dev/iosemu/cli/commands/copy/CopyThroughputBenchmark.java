package dev.iosemu.cli.commands.copy;

import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.net.Ticker;
import java.nio.file.Files;
import java.util.Random;

/**
 * Prints the {@code bytes copied} lines of real-clock copies of one large file into the default
 * router's flash over loopback: TFTP with the default 512-byte blocks, TFTP with
 * {@code ip tftp blocksize 8192} and {@code windowsize 8}, and FTP. Run its {@code main} by hand.
 */
public final class CopyThroughputBenchmark {
    private static final int MIB = 1 << 20;

    private CopyThroughputBenchmark() {}

    public static void main(String[] args) throws Exception {
        int mebibytes = args.length > 0 ? Integer.parseInt(args[0]) : 32;
        byte[] content = new byte[mebibytes * MIB];
        new Random(1).nextBytes(content);
        try (SeedLab lab = new SeedLab(Ticker.system())) {
            Files.write(lab.root.resolve("big.bin"), content);
            HeadlessSession cli = lab.session();
            cli.exec("enable");
            report("tftp blksize 512", cli.exec("copy tftp://192.168.1.10/big.bin flash:a.bin", ""));
            cli.exec("configure terminal");
            cli.exec("ip tftp blocksize 8192");
            cli.exec("ip tftp windowsize 8");
            cli.exec("end");
            report("tftp blksize 8192 window 8", cli.exec("copy tftp://192.168.1.10/big.bin flash:b.bin", ""));
            report("ftp passive", cli.exec("copy ftp://cisco:cisco@192.168.1.10/big.bin flash:c.bin", ""));
        }
    }

    private static void report(String label, String output) {
        String copied = output.lines()
                .filter(line -> line.contains("bytes copied in"))
                .findFirst()
                .orElse(output);
        System.out.println(label + ": " + copied);
    }
}
