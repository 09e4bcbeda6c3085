package dev.iosemu.testing;

import java.util.Random;

/**
 * A seeded property runner for the fuzz suites: runs a property over many pseudo-random inputs, each try
 * from its own seed, and names the seed of a failing try so it can be replayed.
 *
 * <p>In {@code verify} every property runs its own small number of tries from a fixed base seed, so the
 * suite is repeatable and takes a few seconds per property. {@code scripts/fuzz} runs them long: it sets
 * {@value #SCALE} (tries are multiplied by it) and {@value #SEED} (a fresh base seed each run). A failure
 * report names {@value #ONLY}{@code =SEED}, which replays that one try.
 */
public final class Fuzz {
    /** System property: a factor on every property's tries (default 1). */
    public static final String SCALE = "fuzz.scale";
    /** System property: the base seed the tries' seeds derive from (default fixed). */
    public static final String SEED = "fuzz.seed";
    /** System property: runs only the try with this seed. */
    public static final String ONLY = "fuzz.only";

    private static final long DEFAULT_SEED = 0x10_5E_3A_2026L;

    /** One property over one pseudo-random input. */
    @FunctionalInterface
    public interface Property {
        void check(Random random) throws Exception;
    }

    private Fuzz() {}

    /**
     * Runs {@code property} {@code tries} times (times {@value #SCALE}), each with a {@link Random} of its own
     * seed; the first failure is rethrown as an {@link AssertionError} that names the property and the seed.
     */
    public static void check(String name, int tries, Property property) {
        String only = System.getProperty(ONLY);
        if (only != null) {
            run(name, Long.parseLong(only), property);
            return;
        }
        long base = Long.getLong(SEED, DEFAULT_SEED);
        long total = (long) tries * Integer.getInteger(SCALE, 1);
        for (long i = 0; i < total; i++) {
            run(name, mix(base + i), property);
        }
    }

    private static void run(String name, long seed, Property property) {
        try {
            property.check(new Random(seed));
        } catch (Exception | AssertionError e) {
            throw new AssertionError(
                    name + " failed for seed " + seed + " (replay: -D" + ONLY + "=" + seed + "): " + e, e);
        }
    }

    /** SplitMix64's finaliser: neighbouring indexes give unrelated seeds. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
