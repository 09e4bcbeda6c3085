package dev.iosemu.net.tftp.wire;

import dev.iosemu.net.tftp.codes.TftpMode;
import dev.iosemu.net.tftp.wire.TftpPacket.Ack;
import dev.iosemu.net.tftp.wire.TftpPacket.Data;
import dev.iosemu.net.tftp.wire.TftpPacket.ErrorPacket;
import dev.iosemu.net.tftp.wire.TftpPacket.OptionAck;
import dev.iosemu.net.tftp.wire.TftpPacket.ReadRequest;
import dev.iosemu.net.tftp.wire.TftpPacket.Request;
import dev.iosemu.net.tftp.wire.TftpPacket.WriteRequest;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Encodes and decodes TFTP packets (RFC 1350, 2347) over byte buffers. Stateless and thread-safe; strings are
 * NUL-terminated UTF-8 (plain ASCII in practice), option names are matched case-insensitively.
 */
public final class TftpCodec {
    /** Bytes before the payload of a DATA packet: opcode and block number. */
    public static final int DATA_HEADER_SIZE = 4;

    private TftpCodec() {}

    /**
     * Decodes the bytes between the buffer's position and limit; consumes them all on success.
     *
     * @throws MalformedPacketException for an unknown opcode, a truncated packet or a bad string
     */
    public static TftpPacket decode(ByteBuffer in) throws MalformedPacketException {
        if (in.remaining() < 2) {
            throw new MalformedPacketException("packet shorter than an opcode: " + in.remaining() + " bytes");
        }
        int code = Short.toUnsignedInt(in.getShort());
        Opcode opcode = Opcode.fromCode(code).orElseThrow(() -> new MalformedPacketException("unknown opcode " + code));
        return switch (opcode) {
            case RRQ -> decodeRequest(in, true);
            case WRQ -> decodeRequest(in, false);
            case DATA -> decodeData(in);
            case ACK -> decodeAck(in);
            case ERROR -> decodeError(in);
            case OACK -> new OptionAck(readOptions(in));
        };
    }

    private static Request decodeRequest(ByteBuffer in, boolean read) throws MalformedPacketException {
        String filename = readString(in, "filename");
        String modeName = readString(in, "mode");
        TftpMode mode = TftpMode.fromWireName(modeName)
                .orElseThrow(() -> new MalformedPacketException("unknown mode \"" + modeName + "\""));
        Map<String, String> options = readOptions(in);
        return read ? new ReadRequest(filename, mode, options) : new WriteRequest(filename, mode, options);
    }

    private static Data decodeData(ByteBuffer in) throws MalformedPacketException {
        int block = readBlock(in);
        ByteBuffer payload = in.slice();
        in.position(in.limit());
        return new Data(block, payload);
    }

    private static Ack decodeAck(ByteBuffer in) throws MalformedPacketException {
        Ack ack = new Ack(readBlock(in));
        in.position(in.limit()); // some stacks pad short packets; the padding carries nothing
        return ack;
    }

    private static ErrorPacket decodeError(ByteBuffer in) throws MalformedPacketException {
        int code = readBlock(in);
        // Some peers omit the final NUL of the message; accept the rest of the datagram as the text.
        int end = indexOfNul(in);
        int length = (end < 0 ? in.limit() : end) - in.position();
        String message = string(in, length);
        in.position(end < 0 ? in.limit() : end + 1);
        return new ErrorPacket(code, message);
    }

    private static int readBlock(ByteBuffer in) throws MalformedPacketException {
        if (in.remaining() < 2) {
            throw new MalformedPacketException("packet truncated before its 16-bit field");
        }
        return Short.toUnsignedInt(in.getShort());
    }

    private static Map<String, String> readOptions(ByteBuffer in) throws MalformedPacketException {
        Map<String, String> options = new LinkedHashMap<>();
        while (in.hasRemaining()) {
            String name = readString(in, "option name").toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                throw new MalformedPacketException("empty option name");
            }
            String value = readString(in, "value of option ", name);
            options.putIfAbsent(name, value);
        }
        return options;
    }

    private static String readString(ByteBuffer in, String what) throws MalformedPacketException {
        return readString(in, what, "");
    }

    /** A string named {@code what + which} in the error; the two are joined only then (they are per option). */
    private static String readString(ByteBuffer in, String what, String which) throws MalformedPacketException {
        int end = indexOfNul(in);
        if (end < 0) {
            throw new MalformedPacketException(what + which + " is not NUL-terminated");
        }
        String value = string(in, end - in.position());
        in.position(end + 1);
        return value;
    }

    private static int indexOfNul(ByteBuffer in) {
        for (int i = in.position(); i < in.limit(); i++) {
            if (in.get(i) == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String string(ByteBuffer in, int length) {
        byte[] bytes = new byte[length];
        in.get(in.position(), bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * Writes {@code packet} at the buffer's position, advancing it.
     *
     * @throws BufferOverflowException if the buffer is too small
     */
    public static void encode(TftpPacket packet, ByteBuffer out) {
        switch (packet) {
            case ReadRequest r -> encodeRequest(Opcode.RRQ, r, out);
            case WriteRequest w -> encodeRequest(Opcode.WRQ, w, out);
            case Data d ->
                out.putShort((short) Opcode.DATA.code())
                        .putShort((short) d.block())
                        .put(d.payload().duplicate());
            case Ack a -> out.putShort((short) Opcode.ACK.code()).putShort((short) a.block());
            case ErrorPacket e -> {
                out.putShort((short) Opcode.ERROR.code()).putShort((short) e.code());
                putString(e.message(), out);
            }
            case OptionAck o -> {
                out.putShort((short) Opcode.OACK.code());
                putOptions(o.options(), out);
            }
        }
    }

    /** Writes the header of a DATA packet into the first four bytes of {@code frame}, leaving its position. */
    public static void putDataHeader(ByteBuffer frame, int block) {
        frame.putShort(0, (short) Opcode.DATA.code()).putShort(2, (short) block);
    }

    private static void encodeRequest(Opcode opcode, Request request, ByteBuffer out) {
        out.putShort((short) opcode.code());
        putString(request.filename(), out);
        putString(request.mode().wireName(), out);
        putOptions(request.options(), out);
    }

    private static void putOptions(Map<String, String> options, ByteBuffer out) {
        for (Map.Entry<String, String> option : options.entrySet()) {
            putString(option.getKey(), out);
            putString(option.getValue(), out);
        }
    }

    private static void putString(String value, ByteBuffer out) {
        out.put(value.getBytes(StandardCharsets.UTF_8)).put((byte) 0);
    }

    static Map<String, String> orderedCopy(Map<String, String> options) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    static String describe(Map<String, String> options) {
        StringBuilder text = new StringBuilder();
        options.forEach(
                (name, value) -> text.append(' ').append(name).append('=').append(value));
        return text.toString();
    }
}
