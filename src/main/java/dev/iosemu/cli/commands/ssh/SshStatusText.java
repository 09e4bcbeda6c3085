package dev.iosemu.cli.commands.ssh;

import dev.iosemu.device.RsaKey;
import dev.iosemu.device.config.SshSettings;
import dev.iosemu.image.ImageFamily;
import dev.iosemu.net.ssh.SshAlgorithms;
import dev.iosemu.net.ssh.SshConnectionInfo;
import dev.iosemu.net.ssh.SshHostKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The text of {@code show ip ssh} and {@code show ssh}. */
final class SshStatusText {
    private static final int KEY_COLUMNS = 80;

    private SshStatusText() {}

    /**
     * {@code show ip ssh}: on or off and the version, the algorithms the server really offers, the login
     * limits, and the host key in OpenSSH's form, as IOS 15 and IOS-XE print it.
     */
    static List<String> showIpSsh(SshSettings settings, Optional<RsaKey> key, ImageFamily train) {
        List<String> out = new ArrayList<>();
        out.add("SSH " + (key.isPresent() ? "Enabled" : "Disabled") + " - version " + settings.versionText());
        if (key.isEmpty()) {
            out.add("%Please create RSA keys to enable SSH (and of atleast 768 bits for SSH v2).");
        }
        SshAlgorithms offered = SshAlgorithms.OFFERED;
        out.add("Authentication methods:publickey,keyboard-interactive,password");
        out.add("Authentication Publickey Algorithms:" + String.join(",", offered.hostKeys()));
        out.add("Hostkey Algorithms:" + String.join(",", offered.hostKeys()));
        out.add("Encryption Algorithms:" + String.join(",", offered.ciphers()));
        out.add("MAC Algorithms:" + String.join(",", offered.macs()));
        out.add("KEX Algorithms:" + String.join(",", offered.keyExchanges()));
        out.add("Authentication timeout: " + settings.timeoutSeconds() + " secs; Authentication retries: "
                + settings.retries());
        out.add("Minimum expected Diffie Hellman key size : " + (train == ImageFamily.IOS_XE ? 2048 : 1024) + " bits");
        out.add("IOS Keys in SECSH format(ssh-rsa, base64 encoded): "
                + key.map(RsaKey::label).orElse("NONE"));
        key.ifPresent(k -> {
            if (train == ImageFamily.IOS_XE) {
                out.add("Modulus Size : " + k.modulusBits() + " bits");
            }
            out.addAll(wrapped(SshHostKey.of(k.pair()).publicKeyText()));
        });
        return out;
    }

    /** {@code show ssh}: each logged-in connection both ways, then the absent SSH version 1. */
    static List<String> showSsh(List<SshConnections.Row> rows) {
        List<String> out = new ArrayList<>();
        List<SshConnections.Row> sessions =
                rows.stream().filter(row -> row.info().authenticated()).toList();
        if (sessions.isEmpty()) {
            out.add("%No SSHv2 server connections running.");
        } else {
            out.add(row("Connection", "Version", "Mode", "Encryption", "Hmac", "State", "Username"));
            for (SshConnections.Row session : sessions) {
                out.add(direction(session, "IN"));
                out.add(direction(session, "OUT"));
            }
        }
        out.add("%No SSHv1 server connections running.");
        return out;
    }

    private static String direction(SshConnections.Row session, String mode) {
        SshConnectionInfo info = session.info();
        boolean in = mode.equals("IN");
        return row(
                session.line().isPresent() ? String.valueOf(session.line().getAsInt()) : "0",
                "2.0",
                mode,
                (in ? info.cipherIn() : info.cipherOut()).orElse("-"),
                (in ? info.macIn() : info.macOut()).orElse("-"),
                "Session started",
                info.user().orElse(""));
    }

    private static String row(
            String connection, String version, String mode, String cipher, String mac, String state, String user) {
        return String.format(
                        Locale.ROOT,
                        "%-10s %-7s %-4s %-11s %-12s %-21s %s",
                        connection,
                        version,
                        mode,
                        cipher,
                        mac,
                        state,
                        user)
                .stripTrailing();
    }

    /** The key line cut at 80 columns, as IOS prints it. */
    private static List<String> wrapped(String text) {
        List<String> lines = new ArrayList<>();
        for (int from = 0; from < text.length(); from += KEY_COLUMNS) {
            lines.add(text.substring(from, Math.min(text.length(), from + KEY_COLUMNS)));
        }
        return lines;
    }
}
