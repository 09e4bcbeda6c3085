package dev.iosemu.image;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The deterministic pseudo-random payload of an image (SplitMix64 seeded from platform, version and feature
 * set): random enough not to compress, cheap to regenerate, identical on every run. Not thread-safe: one
 * stream per write or check.
 */
final class PayloadStream {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private long state;
    private long remaining;

    PayloadStream(ImageSpec spec) {
        this.state = seed(spec.platform() + '|' + spec.version().text() + '|' + spec.featureSet());
        this.remaining = spec.payloadLength();
    }

    /** Payload bytes not generated yet. */
    long remaining() {
        return remaining;
    }

    /**
     * Fills the start of {@code chunk} with the next payload bytes; returns how many (0 at the end). The chunk
     * length must be a multiple of 8 so that the sequence stays aligned across calls.
     */
    int next(byte[] chunk) {
        int n = (int) Math.min(chunk.length, remaining);
        int whole = n & ~7;
        for (int i = 0; i < whole; i += 8) {
            LONGS.set(chunk, i, mix(state += GOLDEN_GAMMA));
        }
        if (whole < n) {
            long last = mix(state += GOLDEN_GAMMA);
            for (int i = whole; i < n; i++, last >>>= 8) {
                chunk[i] = (byte) last;
            }
        }
        remaining -= n;
        return n;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** FNV-1a over the UTF-8 bytes: stable across JVMs, unlike String.hashCode's spec-free use as a seed. */
    private static long seed(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
        }
        return hash;
    }
}
