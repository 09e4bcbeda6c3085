package dev.iosemu.net.ftp;

import java.io.IOException;
import java.util.Objects;

/**
 * An FTP operation failed; {@link #kind()} says how, in the categories the device renders as IOS
 * error text.
 */
public final class FtpException extends IOException {
    /** Why an FTP operation failed. */
    public enum Kind {
        /** The server refused the user name or password (530 and friends). */
        LOGIN_FAILED,
        /** The remote file does not exist (550 on RETR or SIZE). */
        NOT_FOUND,
        /** The server refused to write the file (550, 553, 532 on STOR). */
        PERMISSION_DENIED,
        /** Nothing listens on the server port (TCP reset on connect). */
        CONNECTION_REFUSED,
        /** The server did not connect, answer or send data within the configured timeout. */
        TIMED_OUT,
        /** The control or data connection dropped before the transfer completed. */
        CONNECTION_LOST,
        /** The transfer was cancelled by {@link FtpClient#cancel()} or by interrupting the calling thread. */
        CANCELLED,
        /** Any other failure; see {@link #replyCode()} and the message. */
        OTHER
    }

    /** Reply code value when the failure did not come with a server reply. */
    public static final int NO_REPLY = -1;

    private final Kind kind;
    private final int replyCode;
    private final String replyText;
    private final long bytesTransferred;

    /**
     * @param replyCode the server's reply code, or {@link #NO_REPLY}
     * @param replyText the server's reply text (may be empty)
     * @param bytesTransferred payload bytes moved before the failure
     */
    public FtpException(Kind kind, int replyCode, String replyText, long bytesTransferred, Throwable cause) {
        super(message(kind, replyCode, replyText), cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.replyCode = replyCode;
        this.replyText = Objects.requireNonNullElse(replyText, "");
        this.bytesTransferred = bytesTransferred;
    }

    private static String message(Kind kind, int replyCode, String replyText) {
        return replyCode == NO_REPLY ? kind.toString() : kind + " (" + replyCode + " " + replyText + ")";
    }

    public Kind kind() {
        return kind;
    }

    /** The server's reply code that caused the failure, or {@link #NO_REPLY}. */
    public int replyCode() {
        return replyCode;
    }

    /** The server's reply text without the code, or an empty string. */
    public String replyText() {
        return replyText;
    }

    /** Payload bytes moved before the failure (0 when it happened before the data phase). */
    public long bytesTransferred() {
        return bytesTransferred;
    }
}
