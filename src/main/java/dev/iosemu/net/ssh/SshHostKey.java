package dev.iosemu.net.ssh;

import dev.iosemu.net.LastResort;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The RSA key an SSH server proves itself with: either given (restored from a device's state) or
 * generated on first use, so that a device boots at once although a 2048-bit key costs 0.1 to 0.5 s of
 * CPU to make. Once made, the key, and so its fingerprint, never changes.
 *
 * <p>Thread-safe: concurrent first uses generate one key, the others wait for it.
 */
public final class SshHostKey {
    /** The smallest modulus the JDK generates; OpenSSH 9 clients refuse keys under 1024 bits. */
    public static final int MIN_MODULUS_BITS = 512;

    private final int modulusBits;
    private final Supplier<KeyPair> source;
    private final ReentrantLock generating = new ReentrantLock();
    private volatile KeyPair keyPair;

    private SshHostKey(int modulusBits, KeyPair keyPair, Supplier<KeyPair> source) {
        this.modulusBits = modulusBits;
        this.keyPair = keyPair;
        this.source = source;
    }

    /** A key that exists already. */
    public static SshHostKey of(KeyPair keyPair) {
        if (!(keyPair.getPublic() instanceof RSAPublicKey rsa)) {
            throw new IllegalArgumentException(
                    "host key must be RSA: " + keyPair.getPublic().getAlgorithm());
        }
        return new SshHostKey(rsa.getModulus().bitLength(), keyPair, () -> keyPair);
    }

    /** A key of {@code modulusBits} bits, generated the first time anything needs it. */
    public static SshHostKey generatedOnFirstUse(int modulusBits) {
        if (modulusBits < MIN_MODULUS_BITS || modulusBits > 16384) {
            throw new IllegalArgumentException("RSA modulus must be 512-16384 bits: " + modulusBits);
        }
        return new SshHostKey(modulusBits, null, () -> generate(modulusBits));
    }

    /**
     * A key whose pair {@code source} makes (or finds) the first time anything needs it: a device's own key,
     * made on first use and kept by the device.
     */
    public static SshHostKey fromSource(int modulusBits, Supplier<KeyPair> source) {
        return new SshHostKey(modulusBits, null, Objects.requireNonNull(source, "source"));
    }

    public int modulusBits() {
        return modulusBits;
    }

    /** Whether the key exists yet. */
    public boolean isGenerated() {
        return keyPair != null;
    }

    /** The key pair, generated on the calling thread if this is its first use. */
    public KeyPair keyPair() {
        KeyPair existing = keyPair;
        if (existing != null) {
            return existing;
        }
        generating.lock();
        try {
            if (keyPair == null) {
                keyPair = source.get();
            }
            return keyPair;
        } finally {
            generating.unlock();
        }
    }

    /** Starts generating on a virtual thread, if the key does not exist yet; the future completes with it. */
    public CompletableFuture<KeyPair> generateInBackground() {
        KeyPair existing = keyPair;
        if (existing != null) {
            return CompletableFuture.completedFuture(existing);
        }
        CompletableFuture<KeyPair> future = new CompletableFuture<>();
        LastResort.virtual("ssh-host-key").start(() -> {
            try {
                future.complete(keyPair());
            } catch (RuntimeException e) {
                future.completeExceptionally(e);
            }
        });
        return future;
    }

    /** The fingerprint as OpenSSH prints it: {@code SHA256:} and the unpadded base64 of the key's hash. */
    public String fingerprint() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(publicKeyBlob());
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The public key in OpenSSH's one-line form, {@code ssh-rsa AAAA…}, as {@code show ip ssh} lists it. */
    public String publicKeyText() {
        return "ssh-rsa " + Base64.getEncoder().encodeToString(publicKeyBlob());
    }

    // RFC 4253 section 6.6: string "ssh-rsa", mpint e, mpint n
    private byte[] publicKeyBlob() {
        RSAPublicKey key = (RSAPublicKey) keyPair().getPublic();
        ByteArrayOutputStream blob = new ByteArrayOutputStream();
        writeString(blob, "ssh-rsa".getBytes(StandardCharsets.US_ASCII));
        writeString(blob, key.getPublicExponent().toByteArray());
        writeString(blob, key.getModulus().toByteArray());
        return blob.toByteArray();
    }

    // BigInteger.toByteArray is already the two's-complement, minimal form an mpint wants
    private static void writeString(ByteArrayOutputStream out, byte[] bytes) {
        int n = bytes.length;
        out.writeBytes(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
        out.writeBytes(bytes);
    }

    private static KeyPair generate(int modulusBits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(modulusBits);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has RSA", e);
        }
    }

    @Override
    public String toString() {
        return "SshHostKey[RSA " + modulusBits + (isGenerated() ? " " + fingerprint() : " not generated yet") + "]";
    }
}
