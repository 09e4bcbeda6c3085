package dev.iosemu.image;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;

/**
 * Hostile images for tests: a sound image altered in one header field, with the header checksum made
 * valid again, as someone crafting a file on purpose would.
 */
public final class CraftedImages {
    private static final int BUILD_DATE_OFFSET = 24;
    private static final int CRC_OFFSET = ImageHeader.SIZE - 4;

    private CraftedImages() {}

    /** {@code image}'s bytes with the build date set to {@code epochSeconds} and the header CRC fixed. */
    public static byte[] withBuildSeconds(byte[] image, long epochSeconds) {
        byte[] crafted = image.clone();
        ByteBuffer.wrap(crafted).putLong(BUILD_DATE_OFFSET, epochSeconds);
        return withValidChecksum(crafted);
    }

    /** Copies {@code source} to {@code target} with the build date set to {@code epochSeconds}. */
    public static void writeWithBuildSeconds(Path source, Path target, long epochSeconds) throws IOException {
        Files.write(target, withBuildSeconds(Files.readAllBytes(source), epochSeconds));
    }

    /** {@code bytes} (at least a header) with the header CRC recomputed over whatever the header holds. */
    public static byte[] withValidChecksum(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, CRC_OFFSET);
        ByteBuffer.wrap(bytes).putInt(CRC_OFFSET, (int) crc.getValue());
        return bytes;
    }
}
