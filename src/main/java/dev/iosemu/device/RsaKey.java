package dev.iosemu.device;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * One general-purpose RSA key pair of the device, as {@code crypto key generate rsa} makes it: its label
 * ({@code R1.example.com}), its modulus size and the pair itself. A key the device came with from the factory
 * exists before its numbers do: they are made the first time anything needs them, so a boot stays instant,
 * and never change afterwards.
 *
 * <p>Thread-safe: concurrent first uses make one pair, the others wait for it on {@code making}.
 */
public final class RsaKey {
    /** The range {@code crypto key generate rsa} accepts on IOS 15 (the JDK makes nothing under 512). */
    public static final int MIN_MODULUS = 360;

    public static final int MAX_MODULUS = 4096;

    private final String label;
    private final int modulusBits;
    private final ReentrantLock making = new ReentrantLock();
    private final Clock clock;
    private final Consumer<RsaKey> onMade;
    private volatile Made made; // null until the pair exists

    /** The pair and when it was made, published together. */
    private record Made(KeyPair pair, Instant at) {}

    private RsaKey(String label, int modulusBits, Made made, Clock clock, Consumer<RsaKey> onMade) {
        this.label = Objects.requireNonNull(label, "label");
        this.modulusBits = modulusBits;
        this.made = made;
        this.clock = clock;
        this.onMade = Objects.requireNonNull(onMade, "onMade");
    }

    /** A key whose pair exists (restored from nvram), made at {@code at}. */
    static RsaKey of(String label, int modulusBits, KeyPair pair, Instant at) {
        checkModulus(modulusBits);
        return new RsaKey(label, modulusBits, new Made(pair, at), null, key -> {});
    }

    /**
     * A key whose pair is made at first use, stamped with {@code clock}; {@code onMade} hears of it once, on the
     * thread that made it.
     */
    static RsaKey onFirstUse(String label, int modulusBits, Clock clock, Consumer<RsaKey> onMade) {
        checkModulus(modulusBits);
        return new RsaKey(label, modulusBits, null, Objects.requireNonNull(clock, "clock"), onMade);
    }

    /** Makes a pair of {@code modulusBits} now (the JDK's smallest, 512, stands in for smaller sizes). */
    static RsaKey generate(String label, int modulusBits, Clock clock) {
        checkModulus(modulusBits);
        return new RsaKey(label, modulusBits, new Made(newPair(modulusBits), clock.instant()), null, key -> {});
    }

    private static void checkModulus(int bits) {
        if (bits < MIN_MODULUS || bits > MAX_MODULUS) {
            throw new IllegalArgumentException("RSA modulus must be " + MIN_MODULUS + "-" + MAX_MODULUS + ": " + bits);
        }
    }

    /** The key's name: the host name and domain it was made under, or the label given. */
    public String label() {
        return label;
    }

    public int modulusBits() {
        return modulusBits;
    }

    /** The pair, if it has been made. */
    public Optional<KeyPair> madePair() {
        return Optional.ofNullable(made).map(Made::pair);
    }

    /** When the pair was made, if it has been. */
    public Optional<Instant> madeAt() {
        return Optional.ofNullable(made).map(Made::at);
    }

    /** The pair, made on the calling thread if this is its first use. */
    public KeyPair pair() {
        Made existing = made;
        if (existing != null) {
            return existing.pair();
        }
        Made fresh;
        making.lock();
        try {
            if (made != null) {
                return made.pair();
            }
            fresh = new Made(newPair(modulusBits), clock.instant());
            made = fresh;
        } finally {
            making.unlock();
        }
        onMade.accept(this);
        return fresh.pair();
    }

    private static KeyPair newPair(int modulusBits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(Math.max(512, modulusBits));
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has RSA", e);
        }
    }

    @Override
    public String toString() {
        return "RsaKey[" + label + ", " + modulusBits + " bits" + (made == null ? ", not made yet" : "") + "]";
    }
}
