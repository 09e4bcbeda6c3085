package dev.iosemu.app;

import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.testing.LabReady;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A powered-on 1941 without lab servers for interop tests against real servers on loopback: its clock
 * stands still and every copy measures 0.250 s, so transcripts are reproducible; the console is in
 * privileged EXEC.
 */
final class InteropDevice implements AutoCloseable {
    static final String OLD_IMAGE = "c1900-universalk9-mz.SPA.154-3.M3.bin";
    static final String NEW_IMAGE = "c1900-universalk9-mz.SPA.157-3.M8.bin";
    static final Path SHIPPED_NEW_IMAGE = Path.of("images", NEW_IMAGE);

    private static final Pattern VERIFY_MD5 = Pattern.compile("verify /md5 \\(\\S+\\) = ([0-9a-f]{32})");

    final VirtualDevice device;
    final HeadlessSession console;

    private InteropDevice(VirtualDevice device) {
        this.device = device;
        this.device.powerOn();
        this.console = device.openSession();
    }

    /** The device, booted, with a console that has typed {@code enable}. */
    static InteropDevice start() throws Exception {
        InteropDevice started = booted();
        LabReady.enable(started.console);
        return started;
    }

    /** The device, booted, with a console still in user EXEC (for golden transcripts that type everything). */
    static InteropDevice booted() throws Exception {
        return booted("c1941");
    }

    /** A device of {@code profile}, booted, with a console still in user EXEC. */
    static InteropDevice booted(String profile) throws Exception {
        Clock marchFirst = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);
        AtomicLong now = new AtomicLong();
        return new InteropDevice(VirtualDevice.builder()
                .profile(profile)
                .labServers(false)
                .clock(marchFirst)
                .ticker(() -> now.getAndAdd(250_000_000L))
                .build());
    }

    /** Runs a command in configuration mode and returns to privileged EXEC. */
    void configure(String... commands) {
        console.exec("configure terminal");
        for (String command : commands) {
            console.exec(command);
        }
        console.exec("end");
    }

    /** The MD5 the device computes over one of its files ({@code verify /md5}). */
    String md5(String file) {
        String output = console.exec("verify /md5 " + file);
        Matcher matcher = VERIFY_MD5.matcher(output);
        if (!matcher.find()) {
            throw new AssertionError("no MD5 in: " + output);
        }
        return matcher.group(1);
    }

    /** What {@code dir flash:} shows. */
    String flashListing() {
        return console.exec("dir flash:");
    }

    static String md5(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("MD5");
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        device.close();
    }
}
