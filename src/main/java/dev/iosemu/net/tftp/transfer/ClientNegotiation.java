package dev.iosemu.net.tftp.transfer;

import dev.iosemu.net.tftp.TftpOptions;
import dev.iosemu.net.tftp.codes.TftpMode;
import dev.iosemu.net.tftp.wire.TftpOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The client's half of option negotiation (RFC 2347): what to request, and whether an OACK is acceptable (it
 * may only lower blksize and windowsize, and only name options we asked for).
 */
public final class ClientNegotiation {
    private ClientNegotiation() {}

    /**
     * The options to put in a request.
     *
     * @param uploadSize the size of the file being written, or -1 for a read or an unknown size
     */
    public static Map<String, String> requestOptions(TftpOptions options, boolean write, long uploadSize) {
        Map<String, String> request = new LinkedHashMap<>();
        if (options.blockSize() != TftpOptions.DEFAULT_BLOCK_SIZE) {
            request.put(TftpOption.BLKSIZE.wireName(), Integer.toString(options.blockSize()));
        }
        long seconds = options.timeout().toSeconds();
        if (options.requestTimeout() && options.timeout().toNanosPart() == 0 && seconds >= 1 && seconds <= 255) {
            request.put(TftpOption.TIMEOUT.wireName(), Long.toString(seconds));
        }
        if (options.requestTransferSize() && options.mode() == TftpMode.OCTET && (!write || uploadSize >= 0)) {
            request.put(TftpOption.TSIZE.wireName(), Long.toString(write ? uploadSize : 0));
        }
        if (options.windowSize() != 1) {
            request.put(TftpOption.WINDOWSIZE.wireName(), Integer.toString(options.windowSize()));
        }
        return request;
    }

    /** Settings used when the server ignores all options (answers with DATA 1 or ACK 0). */
    public static TransferSettings plainSettings(TftpOptions options) {
        return TransferSettings.classic(options.timeout().toNanos(), options.retries());
    }

    /**
     * Checks an OACK against what was requested.
     *
     * @throws OptionRefusedException if the server named an option we did not request or raised a value
     */
    public static Negotiated accept(TftpOptions options, Map<String, String> requested, Map<String, String> oack)
            throws OptionRefusedException {
        TransferSettings settings = plainSettings(options);
        OptionalLong size = OptionalLong.empty();
        for (Map.Entry<String, String> option : oack.entrySet()) {
            String name = option.getKey();
            if (!requested.containsKey(name)) {
                throw new OptionRefusedException("server added option " + name + ", not asked for");
            }
            long value = parse(name, option.getValue());
            long asked = parse(name, requested.get(name));
            if (name.equals(TftpOption.BLKSIZE.wireName())) {
                settings = settings.withBlockSize((int) within(name, value, TftpOptions.MIN_BLOCK_SIZE, asked));
            } else if (name.equals(TftpOption.WINDOWSIZE.wireName())) {
                settings = settings.withWindowSize((int) within(name, value, 1, asked));
            } else if (name.equals(TftpOption.TIMEOUT.wireName())) {
                within(name, value, asked, asked); // RFC 2349: the server echoes the timeout or leaves it out
            } else if (name.equals(TftpOption.TSIZE.wireName())) {
                size = OptionalLong.of(value);
            }
        }
        return new Negotiated(settings, size);
    }

    private static long parse(String name, String value) throws OptionRefusedException {
        try {
            long parsed = Long.parseLong(value.trim());
            if (parsed < 0) {
                throw new NumberFormatException("negative");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new OptionRefusedException("server sent " + name + " \"" + value + "\", not a number");
        }
    }

    private static long within(String name, long value, long min, long max) throws OptionRefusedException {
        if (value < min) {
            throw new OptionRefusedException("server sent " + name + " " + value + ", below " + min);
        }
        if (value > max) {
            throw new OptionRefusedException("server raised " + name + " to " + value + ", asked " + max);
        }
        return value;
    }
}
