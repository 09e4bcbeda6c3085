package dev.iosemu.profile;

import java.util.regex.Pattern;

/**
 * An RSA key pair the device has from the factory, so that SSH works at once (IOS keeps such a key in
 * private-config). Its numbers are made at its first use, not when the profile loads.
 *
 * @param label the key's name, as {@code crypto key generate rsa} would name it ({@code Router.lab.local})
 * @param modulus the modulus size in bits (512 to 4096)
 */
public record RsaKeySpec(String label, Integer modulus) {
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public RsaKeySpec {
        Fields.matching("rsaKey.label", label, LABEL, "a key name like Router.lab.local");
        long bits = Fields.positive("rsaKey.modulus", modulus == null ? null : modulus.longValue());
        if (bits < 512 || bits > 4096) {
            throw new InvalidFieldException("rsaKey.modulus", "must be 512-4096 (was " + bits + ")");
        }
    }
}
