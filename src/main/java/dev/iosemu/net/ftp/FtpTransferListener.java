package dev.iosemu.net.ftp;

/**
 * Observes one FTP session or transfer: data progress for the device's {@code !} marks and the control
 * dialogue for a {@code debug ip ftp} trace.
 *
 * <p>Callbacks run on the thread that called the {@link FtpClient} method; they must be quick and must not
 * call back into the client.
 */
public interface FtpTransferListener {
    /** A listener that ignores everything. */
    FtpTransferListener NONE = new FtpTransferListener() {};

    /**
     * {@code n} more payload bytes crossed the data connection; the sum over a transfer equals the
     * transfer's result.
     */
    default void onBytes(long n) {}

    /**
     * A command line was sent, without its line end; the password of {@code PASS} is already masked as
     * {@code PASS *}.
     */
    default void onCommand(String line) {}

    /**
     * A reply arrived: its code and its text after the code (lines of a multi-line reply joined by
     * {@code \n}, without the final line end).
     */
    default void onReply(int code, String text) {}
}
