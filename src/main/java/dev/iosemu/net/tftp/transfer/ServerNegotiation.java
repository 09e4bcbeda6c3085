package dev.iosemu.net.tftp.transfer;

import dev.iosemu.net.tftp.TftpOptions;
import dev.iosemu.net.tftp.wire.TftpOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * The server's half of option negotiation (RFC 2347): accepts what it understands within its limits, lowers
 * blksize and windowsize to those limits, and ignores unknown or malformed options.
 */
public final class ServerNegotiation {
    private ServerNegotiation() {}

    /**
     * What the server grants.
     *
     * @param oack the options to acknowledge; empty means answer without an OACK
     * @param settings the transfer's settings
     * @param clientSize the size a WRQ announced with tsize, if any
     */
    public record Offer(Map<String, String> oack, TransferSettings settings, OptionalLong clientSize) {}

    /**
     * The server's limits.
     *
     * @param timeoutNanos the retransmission timeout unless the client negotiates one
     */
    public record Limits(int maxBlockSize, int maxWindowSize, long timeoutNanos, int retries) {}

    /**
     * Negotiates a request's options.
     *
     * @param fileSize for a read, the size to report when tsize is asked for (empty: do not report)
     */
    public static Offer negotiate(Map<String, String> requested, Limits limits, boolean read, OptionalLong fileSize) {
        Map<String, String> oack = new LinkedHashMap<>();
        TransferSettings settings =
                new TransferSettings(TftpOptions.DEFAULT_BLOCK_SIZE, 1, limits.timeoutNanos(), limits.retries());
        OptionalLong clientSize = OptionalLong.empty();
        for (Map.Entry<String, String> option : requested.entrySet()) {
            long value = parse(option.getValue());
            String name = option.getKey();
            if (name.equals(TftpOption.BLKSIZE.wireName()) && value >= TftpOptions.MIN_BLOCK_SIZE) {
                int size = (int) Math.min(value, limits.maxBlockSize());
                settings = settings.withBlockSize(size);
                oack.put(name, Integer.toString(size));
            } else if (name.equals(TftpOption.WINDOWSIZE.wireName()) && value >= 1) {
                int size = (int) Math.min(value, limits.maxWindowSize());
                settings = settings.withWindowSize(size);
                oack.put(name, Integer.toString(size));
            } else if (name.equals(TftpOption.TIMEOUT.wireName()) && value >= 1 && value <= 255) {
                settings = new TransferSettings(
                        settings.blockSize(),
                        settings.windowSize(),
                        TimeUnit.SECONDS.toNanos(value),
                        settings.retries());
                oack.put(name, Long.toString(value));
            } else if (name.equals(TftpOption.TSIZE.wireName()) && value >= 0) {
                if (!read) {
                    clientSize = OptionalLong.of(value);
                    oack.put(name, Long.toString(value));
                } else if (fileSize.isPresent()) {
                    oack.put(name, Long.toString(fileSize.getAsLong()));
                }
            }
        }
        return new Offer(oack, settings, clientSize);
    }

    /** The option's value, or -1 when it is not a non-negative decimal number. */
    private static long parse(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
