package dev.iosemu.cli.commands.ssh;

import dev.iosemu.cli.commands.show.IosTime;
import dev.iosemu.device.RsaKey;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** {@code show crypto key mypubkey rsa}: the key's name, where it is kept, and its public half in hex. */
final class PublicKeyText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d yyyy", Locale.ENGLISH);
    private static final int WORDS_PER_LINE = 8;

    private PublicKeyText() {}

    /**
     * The key as IOS 15 lists it: when it was made, its name, whether it is saved in private-config (a key not
     * written yet is "not specified"), and the DER of its public key, four bytes a word, eight words a line.
     */
    static List<String> render(RsaKey key, boolean saved, ZoneId zone) {
        byte[] der = key.pair().getPublic().getEncoded();
        List<String> out = new ArrayList<>();
        Instant made = key.madeAt().orElseThrow();
        out.add("% Key pair was generated at: " + TIME.format(made.atZone(zone)) + " " + IosTime.zoneName(zone, made)
                + " " + DATE.format(made.atZone(zone)));
        out.add("Key name: " + key.label());
        out.add("Key type: RSA KEYS");
        out.add(" Storage Device: " + (saved ? "private-config" : "not specified"));
        out.add(" Usage: General Purpose Key");
        out.add(" Key is not exportable.");
        out.add(" Key Data:");
        out.addAll(hexLines(der));
        return out;
    }

    private static List<String> hexLines(byte[] der) {
        String hex = HexFormat.of().withUpperCase().formatHex(der);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(" ");
        int words = 0;
        for (int from = 0; from < hex.length(); from += 8) {
            line.append(' ').append(hex, from, Math.min(hex.length(), from + 8));
            if (++words == WORDS_PER_LINE) {
                lines.add(line.toString());
                line = new StringBuilder(" ");
                words = 0;
            }
        }
        if (words > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
