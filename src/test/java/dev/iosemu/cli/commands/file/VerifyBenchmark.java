package dev.iosemu.cli.commands.file;

import dev.iosemu.cli.commands.ExecFixture;
import dev.iosemu.image.ImageSpec;
import dev.iosemu.image.ImageWriter;

/**
 * Prints how fast {@code verify /md5} and {@code verify} read an image of realistic size (85 MB, about a
 * 1941 universal image) from the device's in-memory flash, through the real parser and output path.
 * Run: {@code java -cp target/classes:target/test-classes:<deps> dev.iosemu.cli.commands.file.VerifyBenchmark}.
 */
public final class VerifyBenchmark {
    private static final long SIZE = 85L << 20;

    private VerifyBenchmark() {}

    public static void main(String[] args) throws Exception {
        ExecFixture device = ExecFixture.enabled("c1941");
        var flash = device.router.fileSystems().defaultFileSystem();
        ImageWriter.write(ImageSpec.ofFileSize("c1900", "15.7(3)M8", "universalk9", SIZE), flash.path("/big.bin"));
        for (int round = 1; round <= 3; round++) {
            time("verify /md5", () -> device.exec("verify /md5 flash:big.bin"), round);
            time("verify", () -> device.exec("verify flash:big.bin"), round);
        }
    }

    private static void time(String name, Runnable command, int round) {
        long start = System.nanoTime();
        command.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("round %d  %-12s %6.3f s  %7.1f MB/s%n", round, name, seconds, SIZE / 1e6 / seconds);
    }
}
