package dev.iosemu.bench;

import dev.iosemu.net.ftp.ExternalProgram;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** curl fetching a URL into /dev/shm, timed by its own {@code time_total} (process start-up excluded). */
final class CurlDownload {
    private final Path curl;
    private final Path target;

    CurlDownload(Path curl, Path target) {
        this.curl = curl;
        this.target = target;
    }

    /** Downloads {@code url} with extra curl {@code options}; returns MB/s, failing unless {@code expected} bytes arrived. */
    double megabytesPerSecond(String url, long expected, String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(curl.toString(), "-sS", "-o", target.toString()));
        command.addAll(List.of(options));
        command.addAll(List.of("-w", "%{time_total}", url));
        try {
            ExternalProgram.Result result = ExternalProgram.run(Duration.ofMinutes(10), command);
            long size = Files.exists(target) ? Files.size(target) : -1;
            if (result.exitCode() != 0 || size != expected) {
                throw new IOException("curl exit " + result.exitCode() + ", " + size + " bytes: " + result.stderr());
            }
            double seconds = Double.parseDouble(result.stdout().trim().replace(',', '.'));
            return expected / 1e6 / seconds;
        } finally {
            Files.deleteIfExists(target);
        }
    }

    static String format(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f", value);
    }
}
