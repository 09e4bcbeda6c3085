package dev.iosemu.lab;

/**
 * An IPv4 address or mask held as its 32 bits; parsing never touches DNS.
 *
 * @param bits the address in network order, as an unsigned 32-bit value in an int
 */
public record Ipv4Address(int bits) {

    /** Parses dotted-quad text such as {@code 192.168.1.10}; throws for anything else. */
    public static Ipv4Address parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException("not an IPv4 address: \"" + text + "\""));
    }

    /** Parses dotted-quad text, or returns empty when the text is not exactly four octets. */
    public static java.util.Optional<Ipv4Address> tryParse(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return java.util.Optional.empty();
        }
        int bits = 0;
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) {
                return java.util.Optional.empty();
            }
            int octet = Integer.parseInt(part);
            if (octet > 255) {
                return java.util.Optional.empty();
            }
            bits = (bits << 8) | octet;
        }
        return java.util.Optional.of(new Ipv4Address(bits));
    }

    /** Whether this address and {@code other} are in the same network under {@code mask}. */
    public boolean sameNetwork(Ipv4Address other, Ipv4Address mask) {
        return (bits & mask.bits) == (other.bits & mask.bits);
    }

    /** The classful prefix length of this address: 8 for class A, 16 for B, 24 for C, 32 otherwise. */
    public int classfulLength() {
        int first = bits >>> 24;
        return first < 128 ? 8 : first < 192 ? 16 : first < 224 ? 24 : 32;
    }

    /** The mask of {@code length} leading one bits ({@code 24}: 255.255.255.0). */
    public static Ipv4Address mask(int length) {
        return new Ipv4Address(length == 0 ? 0 : -1 << (32 - length));
    }

    /** The number of leading one bits, when this address is used as a mask. */
    public int prefixLength() {
        return Integer.bitCount(bits);
    }

    /** Whether this is a contiguous mask such as 255.255.255.0. */
    public boolean isContiguousMask() {
        return Integer.bitCount(~bits + 1) <= 1 || bits == 0;
    }

    /** The address as a JDK {@link java.net.InetAddress}, without any name lookup. */
    public java.net.InetAddress toInetAddress() {
        byte[] octets = {(byte) (bits >>> 24), (byte) (bits >>> 16), (byte) (bits >>> 8), (byte) bits};
        try {
            return java.net.InetAddress.getByAddress(octets);
        } catch (java.net.UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Override
    public String toString() {
        return (bits >>> 24) + "." + ((bits >>> 16) & 0xff) + "." + ((bits >>> 8) & 0xff) + "." + (bits & 0xff);
    }
}
