package dev.iosemu.net.tftp;

import java.io.File;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Locates and runs the C TFTP programs the benchmark and interop tests compare against. */
public final class TftpPeers {
    private TftpPeers() {}

    /** The absolute path of {@code program} on PATH or in the usual sbin directories, if installed. */
    public static Optional<Path> find(String program) {
        List<String> dirs =
                new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
        dirs.addAll(List.of("/usr/sbin", "/sbin", "/usr/local/sbin"));
        return dirs.stream()
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, program))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** A UDP port on 127.0.0.1 that was free a moment ago. */
    public static int freeUdpPort() throws IOException {
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** A tftpd-hpa process serving {@code dir} on 127.0.0.1:{@code port} in the foreground. */
    public static Process startTftpdHpa(Path tftpd, Path dir, int port, boolean writable) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                tftpd.toString(), "-L", "-s", "-a", "127.0.0.1:" + port, "-u", System.getProperty("user.name")));
        if (writable) {
            command.addAll(List.of("-c", "-p", "-U", "000"));
        }
        command.add(dir.toString());
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    /** Runs a command to completion, returning its standard output; fails on a non-zero exit or timeout. */
    public static String run(List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("timed out: " + command);
        }
        String text = new String(output, java.nio.charset.StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IOException("exit " + process.exitValue() + " from " + command + ": " + text);
        }
        return text;
    }

    public static void stop(Process process) throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
