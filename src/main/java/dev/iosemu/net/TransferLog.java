package dev.iosemu.net;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Objects;

/**
 * One transfer as a protocol edge logs it through {@link System.Logger}, worded alike for every protocol:
 * {@code TFTP client read r1.cfg from /127.0.0.1:69: started}, {@code ...: complete, 40 bytes} and
 * {@code ...: failed: <exception>}, all at DEBUG (a refused or timed-out transfer is an everyday event, not a
 * fault, so nothing shows unless asked for), the failure's stack at TRACE. This is the operator's log, never
 * the device console: what {@code debug tftp} shows goes through the protocols' listeners. Immutable; each
 * instance belongs to one transfer.
 */
public final class TransferLog {
    private final Logger logger;
    private final String transfer;

    private TransferLog(Logger logger, String transfer) {
        this.logger = logger;
        this.transfer = transfer;
    }

    /** Logs that {@code transfer} ({@code TFTP client read r1.cfg from /127.0.0.1:69}) started. */
    public static TransferLog started(Logger logger, String transfer) {
        Objects.requireNonNull(transfer, "transfer");
        logger.log(Level.DEBUG, () -> transfer + ": started");
        return new TransferLog(logger, transfer);
    }

    /** The transfer ended well after {@code bytes} payload bytes. */
    public void completed(long bytes) {
        logger.log(Level.DEBUG, () -> transfer + ": complete, " + bytes + " bytes");
    }

    /** The transfer ended well; the payload was not counted here. */
    public void completed() {
        logger.log(Level.DEBUG, () -> transfer + ": complete");
    }

    /** The transfer failed for {@code reason} ({@code 550 No such file}). */
    public void failed(String reason) {
        logger.log(Level.DEBUG, () -> transfer + ": failed: " + reason);
    }

    /** The transfer failed with {@code failure}; its stack is kept for TRACE. */
    public void failed(Exception failure) {
        logger.log(Level.DEBUG, () -> transfer + ": failed: " + failure);
        logger.log(Level.TRACE, () -> transfer + ": failure trace", failure);
    }
}
