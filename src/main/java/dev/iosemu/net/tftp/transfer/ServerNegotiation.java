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
    /**
     * Bytes of a peer's UDP receive buffer one window may fill: a little under Linux's default (212992), so
     * a windowed burst to a peer that never enlarged its buffer is not cut short at its tail, which only a
     * timeout would repair (RFC 7440 section 4 leaves the window size to such judgement).
     */
    static final int PEER_RECEIVE_BUFFER_BUDGET = 200_000;

    private ServerNegotiation() {}

    /** The largest window of {@code blockSize} datagrams that fits {@link #PEER_RECEIVE_BUFFER_BUDGET}. */
    static int windowThatFits(int blockSize) {
        return Math.max(1, PEER_RECEIVE_BUFFER_BUDGET / receiveFootprint(blockSize));
    }

    /**
     * What Linux charges a receive buffer for one DATA datagram, as measured on loopback (Linux 6.x; 1280
     * bytes for blksize 512, 16640 for 8192, 66300 for 65464): up to 16 KiB, the datagram with its headers in
     * one power-of-two allocation, plus the socket buffer's record; beyond, whole pages plus a fixed part.
     * The margin for other kernels is in {@link #PEER_RECEIVE_BUFFER_BUDGET}.
     */
    static int receiveFootprint(int blockSize) {
        int datagram = blockSize + 4;
        int linear = datagram + 362;
        return linear <= 16384 ? (Integer.highestOneBit(linear - 1) << 1) + 256 : datagram + 832;
    }

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
     * @param maxTimeoutNanos the longest timeout a client may negotiate; a longer one is not granted
     */
    public record Limits(int maxBlockSize, int maxWindowSize, long timeoutNanos, long maxTimeoutNanos, int retries) {}

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
                settings = settings.withWindowSize((int) Math.min(value, limits.maxWindowSize()));
                oack.put(name, "");
            } else if (name.equals(TftpOption.TIMEOUT.wireName())
                    && value >= 1
                    && value <= 255
                    && TimeUnit.SECONDS.toNanos(value) <= limits.maxTimeoutNanos()) {
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
        if (oack.containsKey(TftpOption.WINDOWSIZE.wireName())) {
            // settled last: the window that fits depends on the block size, whatever the order of options
            if (read) {
                settings =
                        settings.withWindowSize(Math.min(settings.windowSize(), windowThatFits(settings.blockSize())));
            }
            oack.put(TftpOption.WINDOWSIZE.wireName(), Integer.toString(settings.windowSize()));
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
