package dev.iosemu.net.tftp.codes;

/** TFTP error codes (RFC 1350 section 5, RFC 2347 code 8) as carried in ERROR packets. */
public enum TftpError {
    NOT_DEFINED(0, "Not defined"),
    FILE_NOT_FOUND(1, "File not found"),
    ACCESS_VIOLATION(2, "Access violation"),
    DISK_FULL(3, "Disk full or allocation exceeded"),
    ILLEGAL_OPERATION(4, "Illegal TFTP operation"),
    UNKNOWN_TRANSFER_ID(5, "Unknown transfer ID"),
    FILE_EXISTS(6, "File already exists"),
    NO_SUCH_USER(7, "No such user"),
    OPTION_NEGOTIATION(8, "Option negotiation refused");

    private static final TftpError[] BY_CODE = values();

    private final int code;
    private final String description;

    TftpError(int code, String description) {
        this.code = code;
        this.description = description;
    }

    /** The 16-bit wire code. */
    public int code() {
        return code;
    }

    /** The RFC's wording, used as the ERROR message when nothing more specific is known. */
    public String description() {
        return description;
    }

    /** Maps a wire code to its constant; codes outside 0..8 count as {@link #NOT_DEFINED}. */
    public static TftpError fromCode(int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : NOT_DEFINED;
    }
}
