package dev.iosemu.net.tftp.wire;

/** The negotiable options this implementation understands, by their wire names (lower case). */
public enum TftpOption {
    /** RFC 2348. */
    BLKSIZE("blksize"),
    /** RFC 2349, seconds. */
    TIMEOUT("timeout"),
    /** RFC 2349, octets. */
    TSIZE("tsize"),
    /** RFC 7440. */
    WINDOWSIZE("windowsize");

    private final String wireName;

    TftpOption(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
