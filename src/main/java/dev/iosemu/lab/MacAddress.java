package dev.iosemu.lab;

import java.util.Locale;

/**
 * A 48-bit Ethernet address, written as IOS writes it ({@code 0022.5566.7788}).
 *
 * @param bits the address in the low 48 bits
 */
public record MacAddress(long bits) {
    /** The broadcast address, {@code ffff.ffff.ffff}. */
    public static final MacAddress BROADCAST = new MacAddress(0xffff_ffff_ffffL);

    public MacAddress {
        if (bits < 0 || bits > 0xffff_ffff_ffffL) {
            throw new IllegalArgumentException("not a 48-bit MAC address: " + Long.toHexString(bits));
        }
    }

    /** Parses {@code d8:b1:90:63:85:60}, {@code d8-b1-90-63-85-60} or {@code d8b1.9063.8560}. */
    public static MacAddress parse(String text) {
        String hex = text.replaceAll("[:.\\-]", "");
        if (!hex.matches("[0-9a-fA-F]{12}")) {
            throw new IllegalArgumentException("not a MAC address: \"" + text + "\"");
        }
        return new MacAddress(Long.parseLong(hex, 16));
    }

    /** The address {@code offset} after this one (a device's interfaces count up from its base MAC). */
    public MacAddress plus(int offset) {
        return new MacAddress((bits + offset) & 0xffff_ffff_ffffL);
    }

    public boolean isBroadcast() {
        return bits == BROADCAST.bits;
    }

    @Override
    public String toString() {
        String hex = String.format(Locale.ROOT, "%012x", bits);
        return hex.substring(0, 4) + "." + hex.substring(4, 8) + "." + hex.substring(8);
    }
}
