package dev.iosemu.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.testing.Fuzz;
import dev.iosemu.testing.Gen;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Crafted image headers (fields altered, lengths and dates of any value, checksum made valid again): each
 * decodes to a header whose derived text can be printed, or is refused as not an image; nothing else escapes.
 */
class ImageHeaderFuzzTest {
    private static final List<ImageHeader> SOUND = List.of(
            ImageSpec.of("c1900", "15.7(3)M8", "universalk9", 1234).withMd5("0123456789abcdef0123456789abcdef"),
            ImageSpec.of("isr4300", "17.9.4a", "universalk9", 0).withMd5("f".repeat(32)));

    @Test
    void craftedHeadersDecodeOrAreRefusedAsNotAnImage() {
        Fuzz.check("crafted header", 3000, random -> {
            byte[] bytes = crafted(random);
            try {
                ImageHeader header = HeaderCodec.decode(ByteBuffer.wrap(bytes));
                assertThat(header.softwareBanner()).isNotEmpty();
                assertThat(header.showVersionImageId()).isNotBlank();
                assertThat(header.version().fileToken()).isNotBlank();
            } catch (NotAnImageException expected) {
                assertThat(expected.reason()).isNotBlank();
            }
        });
    }

    @Test
    void craftedImagesInspectAsValidCorruptedOrNotAnImage() {
        Fuzz.check("crafted image", 500, random -> {
            byte[] header = crafted(random);
            byte[] image = new byte[header.length + random.nextInt(2048)];
            System.arraycopy(header, 0, image, 0, header.length);
            ImageInspection inspection =
                    ImageReader.inspect(Channels.newChannel(new ByteArrayInputStream(image)), bytes -> {});
            assertThat(inspection).isNotNull();
        });
    }

    private static byte[] crafted(Random random) {
        byte[] bytes = HeaderCodec.encode(Gen.pick(random, SOUND)).array();
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        switch (random.nextInt(4)) {
            case 0 -> buffer.putLong(24, random.nextLong());
            case 1 -> buffer.putLong(16, random.nextLong());
            case 2 -> buffer.putShort(48 + random.nextInt(40), (short) random.nextInt(65536));
            default -> bytes = Gen.mutate(random, bytes, 1 + random.nextInt(8));
        }
        return random.nextInt(10) == 0 ? bytes : CraftedImages.withValidChecksum(bytes);
    }
}
