package dev.iosemu.device;

import dev.iosemu.fs.local.DeviceFileSystems;
import dev.iosemu.fs.local.LocalFileSystem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The device's {@code private-config} in {@code nvram:}, where IOS keeps its RSA keys apart from the
 * startup-config: written by {@code write memory}, cleared by {@code crypto key zeroize rsa} and {@code write
 * erase}, read at every boot. Hidden from {@code dir nvram:} like the loader's area. A key the factory
 * promised but has not made yet is stored without its numbers, and stored again with them once made, so its
 * fingerprint outlives a reload and, with {@code --state}, the process.
 *
 * <p>Text, one key: {@code rsa-key <modulus> <label>}, then {@code made <instant>}, {@code public <base64
 * X.509>} and {@code private <base64 PKCS#8>} once the pair exists. Not thread-safe; {@link RsaKeys} serialises its use.
 */
final class PrivateConfigFile {
    static final String PATH = "/" + LocalFileSystem.HIDDEN_PREFIX + "private-config";
    private static final String HEADER = "# private-config: the device's RSA key\n";

    private final LocalFileSystem nvram;

    PrivateConfigFile(LocalFileSystem nvram) {
        this.nvram = nvram;
    }

    /** The file on the device's {@code nvram:} file system. */
    static PrivateConfigFile on(DeviceFileSystems fileSystems) {
        return new PrivateConfigFile(fileSystems
                .find("nvram:")
                .orElseThrow(() -> new IllegalArgumentException("a device needs an nvram: file system")));
    }

    /** The text of a key the factory promises, made at its first use: what a lab-ready profile places. */
    static String promised(String label, int modulusBits) {
        return HEADER + "rsa-key " + modulusBits + " " + label + "\n";
    }

    /** The key stored now, if any; a pending key tells {@code onMade} when its pair is made. */
    Optional<RsaKey> read(Clock clock, Consumer<RsaKey> onMade) throws IOException {
        if (!nvram.exists(PATH)) {
            return Optional.empty();
        }
        return decode(nvram.readText(PATH), clock, onMade);
    }

    void write(RsaKey key) throws IOException {
        nvram.write(PATH, encode(key).getBytes(StandardCharsets.UTF_8));
    }

    void erase() throws IOException {
        if (nvram.exists(PATH)) {
            nvram.delete(PATH);
        }
    }

    /** Whether the file holds {@code key} still waiting for its pair. */
    boolean holdsPending(RsaKey key) throws IOException {
        return nvram.exists(PATH) && nvram.readText(PATH).equals(promised(key.label(), key.modulusBits()));
    }

    static String encode(RsaKey key) {
        StringBuilder text = new StringBuilder(promised(key.label(), key.modulusBits()));
        key.madePair().ifPresent(pair -> text.append("made ")
                .append(key.madeAt().orElseThrow())
                .append("\npublic ")
                .append(base64(pair.getPublic().getEncoded()))
                .append("\nprivate ")
                .append(base64(pair.getPrivate().getEncoded()))
                .append('\n'));
        return text.toString();
    }

    /** The key in {@code text}; a damaged file holds none, as IOS finds no key in a damaged area. */
    static Optional<RsaKey> decode(String text, Clock clock, Consumer<RsaKey> onMade) {
        String header = null;
        String made = null;
        String publicKey = null;
        String privateKey = null;
        for (String line : text.lines().toList()) {
            if (line.startsWith("rsa-key ")) {
                header = line.substring(8);
            } else if (line.startsWith("made ")) {
                made = line.substring(5);
            } else if (line.startsWith("public ")) {
                publicKey = line.substring(7);
            } else if (line.startsWith("private ")) {
                privateKey = line.substring(8);
            }
        }
        int space = header == null ? -1 : header.indexOf(' ');
        if (space < 1) {
            return Optional.empty();
        }
        try {
            int bits = Integer.parseInt(header.substring(0, space));
            String label = header.substring(space + 1);
            if (publicKey == null || privateKey == null || made == null) {
                return Optional.of(RsaKey.onFirstUse(label, bits, clock, onMade));
            }
            return Optional.of(RsaKey.of(label, bits, pair(publicKey, privateKey), Instant.parse(made)));
        } catch (IllegalArgumentException | GeneralSecurityException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static KeyPair pair(String publicKey, String privateKey) throws GeneralSecurityException {
        KeyFactory rsa = KeyFactory.getInstance("RSA");
        Base64.Decoder decoder = Base64.getDecoder();
        return new KeyPair(
                rsa.generatePublic(new X509EncodedKeySpec(decoder.decode(publicKey))),
                rsa.generatePrivate(new PKCS8EncodedKeySpec(decoder.decode(privateKey))));
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
