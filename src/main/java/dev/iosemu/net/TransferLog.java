package dev.iosemu.net;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One transfer as a protocol edge logs it through {@link System.Logger}, worded alike for every protocol:
 * {@code TFTP client read r1.cfg from /127.0.0.1:69: started}, {@code ...: complete, 40 bytes} and
 * {@code ...: failed: <exception>}, all at DEBUG (a refused or timed-out transfer is an everyday event, not a
 * fault, so nothing shows unless asked for), the failure's stack at TRACE. This is the operator's log, never
 * the device console: what {@code debug tftp} shows goes through the protocols' listeners. Each instance
 * belongs to one transfer; it may be handed from thread to thread (an FTP transfer ends on another thread than
 * the one it started on).
 */
public final class TransferLog {
    private final Logger logger;
    private final Supplier<String> description; // makes the text; null when it was given as text
    private String transfer; // the text, once made: at worst made twice by two threads, and the same

    private TransferLog(Logger logger, String transfer, Supplier<String> description) {
        this.logger = logger;
        this.transfer = transfer;
        this.description = description;
    }

    /** Logs that {@code transfer} ({@code TFTP client read r1.cfg from /127.0.0.1:69}) started. */
    public static TransferLog started(Logger logger, String transfer) {
        TransferLog log = new TransferLog(logger, Objects.requireNonNull(transfer, "transfer"), null);
        logger.log(Level.DEBUG, () -> transfer + ": started");
        return log;
    }

    /**
     * Logs that the transfer {@code description} tells of started; the description is made only if a message
     * is logged. A server's transfers take this one: with DEBUG off (the usual case) the text, a request and a
     * socket address put together, is never built, and before the JIT compiles it that cost a new transfer
     * tens of microseconds.
     */
    public static TransferLog started(Logger logger, Supplier<String> description) {
        TransferLog log = new TransferLog(logger, null, Objects.requireNonNull(description, "description"));
        logger.log(Level.DEBUG, () -> log.transfer() + ": started");
        return log;
    }

    private String transfer() {
        String text = transfer;
        if (text == null) {
            text = description.get();
            transfer = text;
        }
        return text;
    }

    /** The transfer ended well after {@code bytes} payload bytes. */
    public void completed(long bytes) {
        logger.log(Level.DEBUG, () -> transfer() + ": complete, " + bytes + " bytes");
    }

    /** The transfer ended well; the payload was not counted here. */
    public void completed() {
        logger.log(Level.DEBUG, () -> transfer() + ": complete");
    }

    /** The transfer failed for {@code reason} ({@code 550 No such file}). */
    public void failed(String reason) {
        logger.log(Level.DEBUG, () -> transfer() + ": failed: " + reason);
    }

    /** The transfer failed with {@code failure}; its stack is kept for TRACE. */
    public void failed(Exception failure) {
        logger.log(Level.DEBUG, () -> transfer() + ": failed: " + failure);
        logger.log(Level.TRACE, () -> transfer() + ": failure trace", failure);
    }
}
