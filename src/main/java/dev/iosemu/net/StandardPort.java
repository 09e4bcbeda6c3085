package dev.iosemu.net;

/**
 * The well-known ports of the services the device and the lab speak: the one place these numbers live.
 * A URL scheme and a lab service each name theirs here.
 */
public enum StandardPort {
    FTP(21),
    SSH(22),
    TELNET(23),
    DNS(53),
    TFTP(69),
    HTTP(80),
    HTTPS(443),
    RSH(514);

    private final int number;

    StandardPort(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }
}
