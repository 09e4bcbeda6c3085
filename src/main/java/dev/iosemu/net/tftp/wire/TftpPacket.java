package dev.iosemu.net.tftp.wire;

import dev.iosemu.net.tftp.codes.TftpError;
import dev.iosemu.net.tftp.codes.TftpMode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/** One TFTP packet (RFC 1350, OACK of RFC 2347), decoded or about to be encoded by {@link TftpCodec}. */
public sealed interface TftpPacket {

    /** A one-line description for packet traces. */
    String summary();

    /** RRQ or WRQ: the first packet of a transfer, sent to the server's well-known port. */
    sealed interface Request extends TftpPacket {
        String filename();

        TftpMode mode();

        /** Requested options, names in lower case, in request order. */
        Map<String, String> options();
    }

    record ReadRequest(String filename, TftpMode mode, Map<String, String> options) implements Request {
        public ReadRequest {
            Objects.requireNonNull(filename, "filename");
            Objects.requireNonNull(mode, "mode");
            options = TftpCodec.orderedCopy(options);
        }

        @Override
        public String summary() {
            return "RRQ " + filename + " " + mode.wireName() + TftpCodec.describe(options);
        }
    }

    record WriteRequest(String filename, TftpMode mode, Map<String, String> options) implements Request {
        public WriteRequest {
            Objects.requireNonNull(filename, "filename");
            Objects.requireNonNull(mode, "mode");
            options = TftpCodec.orderedCopy(options);
        }

        @Override
        public String summary() {
            return "WRQ " + filename + " " + mode.wireName() + TftpCodec.describe(options);
        }
    }

    /**
     * A data block. A decoded payload is a view of the receive buffer, valid only until the next receive.
     *
     * @param block the 16-bit block number as on the wire (0..65535)
     */
    record Data(int block, ByteBuffer payload) implements TftpPacket {
        @Override
        public String summary() {
            return "DATA block " + block + ", " + payload.remaining() + " bytes";
        }
    }

    /** @param block the 16-bit block number acknowledged (0 acknowledges a WRQ) */
    record Ack(int block) implements TftpPacket {
        @Override
        public String summary() {
            return "ACK block " + block;
        }
    }

    /** @param code the wire code; {@link #error()} maps it */
    record ErrorPacket(int code, String message) implements TftpPacket {
        /** The most message bytes (UTF-8) an ERROR we send carries, so it always fits a small datagram. */
        public static final int MAX_MESSAGE_BYTES = 500;

        public ErrorPacket {
            Objects.requireNonNull(message, "message");
        }

        public ErrorPacket(TftpError error, String message) {
            this(error.code(), message);
        }

        /**
         * An ERROR whose message is cut to {@link #MAX_MESSAGE_BYTES} of UTF-8, never inside a character: a
         * message that quotes a peer's request (a file name, a mode) may hold any number of characters of up
         * to four bytes each, and it is the encoded bytes that must fit.
         */
        public static ErrorPacket truncated(TftpError error, String message) {
            byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
            if (bytes.length <= MAX_MESSAGE_BYTES) {
                return new ErrorPacket(error, message);
            }
            int cut = MAX_MESSAGE_BYTES;
            while (cut > 0 && (bytes[cut] & 0xC0) == 0x80) {
                cut--; // bytes[cut] continues the character before it: cut before that character
            }
            return new ErrorPacket(error, new String(bytes, 0, cut, StandardCharsets.UTF_8));
        }

        public TftpError error() {
            return TftpError.fromCode(code);
        }

        @Override
        public String summary() {
            return "ERROR code " + code + ": " + message;
        }
    }

    /** The options a peer accepted, names in lower case. */
    record OptionAck(Map<String, String> options) implements TftpPacket {
        public OptionAck {
            options = TftpCodec.orderedCopy(options);
        }

        @Override
        public String summary() {
            return "OACK" + TftpCodec.describe(options);
        }
    }
}
