package dev.iosemu.image;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.CRC32;

/** Encodes and decodes the fixed 512-byte header region; the layout is documented in package-info. */
final class HeaderCodec {
    static final byte[] MAGIC = {(byte) 0x89, 'I', 'O', 'S', 'I', 'M', 'G', '\n'};
    static final int FORMAT_VERSION = 1;
    private static final int FIELDS_OFFSET = 48;
    private static final int CRC_OFFSET = ImageHeader.SIZE - 4;
    private static final HexFormat HEX = HexFormat.of();

    private HeaderCodec() {}

    static ByteBuffer encode(ImageHeader header) {
        ByteBuffer buf = ByteBuffer.allocate(ImageHeader.SIZE);
        buf.put(MAGIC).putShort((short) FORMAT_VERSION).putShort((short) ImageHeader.SIZE);
        buf.put((byte) header.family().code()).put(new byte[3]);
        buf.putLong(header.payloadLength());
        buf.putLong(header.buildDate().toEpochSecond(ZoneOffset.UTC));
        buf.put(HEX.parseHex(header.embeddedMd5()));
        putField(buf, header.platform());
        putField(buf, header.version().text());
        putField(buf, header.featureSet());
        buf.putInt(CRC_OFFSET, crc(buf));
        return buf.clear();
    }

    static ImageHeader decode(ByteBuffer region) throws NotAnImageException {
        ByteBuffer buf = region.duplicate();
        if (buf.remaining() < ImageHeader.SIZE) {
            throw new NotAnImageException("too short for an image header (" + buf.remaining() + " bytes)");
        }
        buf.limit(buf.position() + ImageHeader.SIZE);
        buf = buf.slice();
        checkPreamble(buf);
        try {
            return readFields(buf);
        } catch (IllegalArgumentException | BufferUnderflowException e) {
            throw new NotAnImageException("bad header field: " + e.getMessage());
        }
    }

    private static void checkPreamble(ByteBuffer buf) throws NotAnImageException {
        byte[] magic = new byte[MAGIC.length];
        buf.get(0, magic);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new NotAnImageException("no image magic");
        }
        int format = Short.toUnsignedInt(buf.getShort(8));
        if (format != FORMAT_VERSION) {
            throw new NotAnImageException("unsupported image format version " + format);
        }
        if (buf.getInt(CRC_OFFSET) != crc(buf)) {
            throw new NotAnImageException("header checksum mismatch");
        }
    }

    private static ImageHeader readFields(ByteBuffer buf) {
        ImageFamily family = ImageFamily.fromCode(Byte.toUnsignedInt(buf.get(12)));
        long payloadLength = buf.getLong(16);
        LocalDateTime built = buildDate(buf.getLong(24));
        byte[] md5 = new byte[16];
        buf.get(32, md5);
        buf.position(FIELDS_OFFSET);
        String platform = getField(buf);
        IosVersion version = new IosVersion(getField(buf));
        String featureSet = getField(buf);
        return new ImageHeader(platform, version, featureSet, family, payloadLength, built, HEX.formatHex(md5));
    }

    /** The build date, refused unless in {@link ImageSpec}'s range (a crafted header may hold any number). */
    private static LocalDateTime buildDate(long epochSeconds) {
        if (epochSeconds < ImageSpec.EARLIEST_BUILD.toEpochSecond(ZoneOffset.UTC)
                || epochSeconds > ImageSpec.LATEST_BUILD.toEpochSecond(ZoneOffset.UTC)) {
            throw new IllegalArgumentException("build date out of range (" + epochSeconds + " s)");
        }
        return LocalDateTime.ofEpochSecond(epochSeconds, 0, ZoneOffset.UTC);
    }

    private static void putField(ByteBuffer buf, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        buf.putShort((short) bytes.length).put(bytes);
    }

    private static String getField(ByteBuffer buf) {
        int length = Short.toUnsignedInt(buf.getShort());
        if (length > CRC_OFFSET - buf.position()) {
            throw new IllegalArgumentException("field length " + length + " runs past the header");
        }
        byte[] bytes = new byte[length];
        buf.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static int crc(ByteBuffer buf) {
        CRC32 crc = new CRC32();
        crc.update(buf.slice(0, CRC_OFFSET));
        return (int) crc.getValue();
    }
}
