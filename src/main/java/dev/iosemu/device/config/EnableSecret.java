package dev.iosemu.device.config;

import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * An {@code enable secret} held only as its type 5 hash ({@code $1$salt$hash}), as IOS stores it.
 *
 * @param hash the MD5-crypt string rendered after {@code enable secret 5}
 */
public record EnableSecret(String hash) {
    private static final String SALT_CHARS = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /** Validates the hash shape. */
    public EnableSecret {
        Objects.requireNonNull(hash, "hash");
        if (!hash.matches("\\$1\\$[./0-9A-Za-z]{1,8}\\$[./0-9A-Za-z]{22}")) {
            throw new IllegalArgumentException("not a type 5 secret: \"" + hash + "\"");
        }
    }

    /** Hashes a clear-text secret with a fresh four-character salt, as IOS does. */
    public static EnableSecret fromPlain(String plain, RandomGenerator random) {
        StringBuilder salt = new StringBuilder(4);
        for (int i = 0; i < 4; i++) {
            salt.append(SALT_CHARS.charAt(random.nextInt(SALT_CHARS.length())));
        }
        return fromPlain(plain, salt.toString());
    }

    /** Hashes a clear-text secret with the given salt. */
    public static EnableSecret fromPlain(String plain, String salt) {
        return new EnableSecret(Md5Crypt.crypt(plain, salt));
    }

    /** Whether {@code candidate} is the clear text of this secret. */
    public boolean matches(String candidate) {
        String salt = hash.substring(3, hash.indexOf('$', 3));
        return Md5Crypt.crypt(candidate, salt).equals(hash);
    }
}
