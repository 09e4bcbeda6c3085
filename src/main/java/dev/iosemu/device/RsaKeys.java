package dev.iosemu.device;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The device's RSA key as IOS keeps it: the key in use (what SSH proves the device with; none means SSH is
 * off), and the copy in {@code private-config} that a boot loads, {@code write memory} replaces and {@code
 * write erase} removes. {@code crypto key generate rsa} replaces the key in use only, as on IOS, where a key
 * not saved is gone after a reload; {@code crypto key zeroize rsa} removes both.
 *
 * <p>Thread-safe: the key in use is an immutable reference behind a volatile field, read without a lock;
 * {@code lock} orders changes and the writes of the file. Listeners run after a change, outside the lock.
 */
public final class RsaKeys {
    private static final System.Logger LOG = System.getLogger(RsaKeys.class.getName());

    private final PrivateConfigFile file;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile Optional<RsaKey> current = Optional.empty();
    private volatile RsaKey saved; // the key private-config holds, null for none; written under lock

    RsaKeys(PrivateConfigFile file, Clock clock) {
        this.file = Objects.requireNonNull(file, "file");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The key in use, if any. */
    public Optional<RsaKey> current() {
        return current;
    }

    /** Whether the key in use is the one saved in private-config (else a reload loses it). */
    public boolean inUseIsSaved() {
        RsaKey key = saved;
        return key != null && current.orElse(null) == key;
    }

    /** Calls {@code listener} after every change of the key in use (a new key, none, another after a boot). */
    public void onChange(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * {@code crypto key generate rsa}: makes a pair of {@code modulusBits} on the calling thread (a 2048-bit pair
     * takes a fraction of a second, 4096 bits a few) and puts it in use.
     */
    public RsaKey generate(String label, int modulusBits) {
        RsaKey key = RsaKey.generate(label, modulusBits, clock);
        replace(Optional.of(key));
        return key;
    }

    /** {@code crypto key zeroize rsa}: no key in use and none saved. */
    public void zeroize() throws IOException {
        lock.lock();
        try {
            file.erase();
            saved = null;
            current = Optional.empty();
        } finally {
            lock.unlock();
        }
        listeners.forEach(Runnable::run);
    }

    /** {@code write memory}: the key in use (or none) becomes the saved one. */
    void save() throws IOException {
        lock.lock();
        try {
            Optional<RsaKey> key = current;
            if (key.isPresent()) {
                file.write(key.get());
            } else {
                file.erase();
            }
            saved = key.orElse(null);
        } finally {
            lock.unlock();
        }
    }

    /** {@code write erase}: the saved key is gone; the key in use stays until the next boot. */
    void eraseSaved() throws IOException {
        lock.lock();
        try {
            file.erase();
            saved = null;
        } finally {
            lock.unlock();
        }
    }

    /** A boot: the saved key, if any, is the key in use. */
    void load() throws IOException {
        Optional<RsaKey> loaded;
        lock.lock();
        try {
            loaded = file.read(clock, this::made);
            saved = loaded.orElse(null);
        } finally {
            lock.unlock();
        }
        replace(loaded);
    }

    private void replace(Optional<RsaKey> key) {
        lock.lock();
        try {
            current = key;
        } finally {
            lock.unlock();
        }
        listeners.forEach(Runnable::run);
    }

    /** A promised key got its pair: saved again, with the pair, if the file still holds it waiting. */
    private void made(RsaKey key) {
        lock.lock();
        try {
            if (file.holdsPending(key)) {
                file.write(key);
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot save the RSA key made for " + key.label() + " in nvram:", e);
        } finally {
            lock.unlock();
        }
    }
}
