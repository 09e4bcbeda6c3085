package dev.iosemu.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.common.config.keys.PublicKeyEntry;

/**
 * An OpenSSH {@code sshd} of a test's own on a loopback port (Debian openssh-server), never the system
 * service: its configuration, RSA host key and {@code authorized_keys} live in a folder the test gives,
 * public key authentication only, for the user running the test ({@code user.name}; root too). Started with
 * {@code sshd -D -e -f CONFIG -p PORT} and ready once it logs that it listens; {@link #close} ends it.
 */
public final class OpenSshd implements AutoCloseable {
    private static final Path SSHD = Path.of("/usr/sbin/sshd");
    private static final Path KEYGEN = Path.of("/usr/bin/ssh-keygen");

    private final Process process;
    private final int port;
    private final List<String> log;

    private OpenSshd(Process process, int port, List<String> log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Whether sshd and ssh-keygen are installed (tests skip themselves otherwise). */
    public static boolean installed() {
        return Files.isExecutable(SSHD) && Files.isExecutable(KEYGEN);
    }

    /**
     * Starts sshd in {@code dir} taking the public keys {@code authorizedKeys} (OpenSSH one-line form), with
     * {@code moreConfig} lines ({@code ForceCommand ...}) appended to its configuration.
     *
     * @throws IOException when it does not come up, with what it logged
     */
    public static OpenSshd start(Path dir, List<String> authorizedKeys, List<String> moreConfig)
            throws IOException, InterruptedException {
        if (isRoot()) {
            Files.createDirectories(Path.of("/run/sshd")); // privilege separation, needed when root only
        }
        keygen("rsa", dir.resolve("host_key"));
        Files.write(dir.resolve("authorized_keys"), authorizedKeys);
        List<String> config = new ArrayList<>(List.of(
                "ListenAddress 127.0.0.1",
                "HostKey " + dir.resolve("host_key"),
                "PidFile " + dir.resolve("sshd.pid"),
                "AuthorizedKeysFile " + dir.resolve("authorized_keys"),
                "StrictModes no",
                "UsePAM no",
                "PasswordAuthentication no",
                "KbdInteractiveAuthentication no",
                "PermitRootLogin prohibit-password"));
        config.addAll(moreConfig);
        Path configFile = Files.write(dir.resolve("sshd_config"), config);
        int port = freePort();
        Process process = new ProcessBuilder(
                        SSHD.toString(), "-D", "-e", "-f", configFile.toString(), "-p", Integer.toString(port))
                .redirectErrorStream(true)
                .start();
        List<String> log = new CopyOnWriteArrayList<>();
        BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = lines.readLine()) != null; ) {
            log.add(line);
            if (line.startsWith("Server listening on")) {
                Thread.ofVirtual().start(() -> keep(lines, log)); // sshd logs each connection; its pipe must not fill
                return new OpenSshd(process, port, log);
            }
        }
        process.waitFor(10, TimeUnit.SECONDS);
        throw new IOException("sshd did not start: " + String.join(" / ", log));
    }

    /** Makes an ed25519 key pair {@code dir/client_key} for an OpenSSH client; returns its public line. */
    public static String clientKey(Path dir) throws IOException, InterruptedException {
        Path key = dir.resolve("client_key");
        keygen("ed25519", key);
        return Files.readString(dir.resolve("client_key.pub")).strip();
    }

    /**
     * The key {@code show crypto key mypubkey rsa} lists (its {@code Key Data} lines, the DER of the public key
     * in hex) as an {@code authorized_keys} line, {@code ssh-rsa AAAA...}.
     */
    public static String authorizedKey(String showCryptoKey) {
        StringBuilder hex = new StringBuilder();
        boolean data = false;
        for (String line : showCryptoKey.lines().toList()) {
            if (line.strip().equals("Key Data:")) {
                data = true;
            } else if (data && line.strip().matches("[0-9A-F ]+")) {
                hex.append(line.replace(" ", ""));
            } else if (data) {
                break;
            }
        }
        try {
            PublicKey key = KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(HexFormat.of().parseHex(hex)));
            return PublicKeyEntry.toString(key);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("no RSA key in: " + showCryptoKey, e);
        }
    }

    public int port() {
        return port;
    }

    /** What sshd logged so far (for a failing test's message). */
    public List<String> log() {
        return List.copyOf(log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static void keygen(String type, Path file) throws IOException, InterruptedException {
        Process keygen = new ProcessBuilder(KEYGEN.toString(), "-q", "-t", type, "-N", "", "-f", file.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(keygen.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (keygen.waitFor() != 0) {
            throw new IOException("ssh-keygen -t " + type + " failed: " + output);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    private static void keep(BufferedReader lines, List<String> log) {
        try {
            for (String line; (line = lines.readLine()) != null; ) {
                if (log.size() < 1000) {
                    log.add(line);
                }
            }
        } catch (IOException e) {
            // sshd ended
        }
    }
}
