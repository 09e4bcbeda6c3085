package dev.iosemu.net.tftp.codes;

import java.util.Locale;
import java.util.Optional;

/** The transfer mode of a request (RFC 1350): raw octets or netascii text with CR LF line ends. */
public enum TftpMode {
    OCTET("octet"),
    NETASCII("netascii");

    private final String wireName;

    TftpMode(String wireName) {
        this.wireName = wireName;
    }

    /** The mode string as sent in RRQ/WRQ. */
    public String wireName() {
        return wireName;
    }

    /** Parses a request's mode string case-insensitively; "binary" is accepted as an alias of octet. */
    public static Optional<TftpMode> fromWireName(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "octet", "binary" -> Optional.of(OCTET);
            case "netascii", "ascii" -> Optional.of(NETASCII);
            default -> Optional.empty();
        };
    }
}
