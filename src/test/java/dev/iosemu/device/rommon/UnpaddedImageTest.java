package dev.iosemu.device.rommon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.device.TestDevices;
import dev.iosemu.image.ImageWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class UnpaddedImageTest {
    static byte[] image() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter.write(TestDevices.image("c2960x", "15.2(7)E8"), Channels.newChannel(out));
        return out.toByteArray();
    }

    /** {@code bytes} padded with SUB to whole blocks of {@code block}, written a block at a time. */
    private static byte[] store(byte[] bytes, int block) throws IOException {
        int padded = (bytes.length + block - 1) / block * block;
        byte[] sent = Arrays.copyOf(bytes, padded);
        Arrays.fill(sent, bytes.length, padded, (byte) 0x1A);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        UnpaddedImage file = new UnpaddedImage(Channels.newChannel(out));
        for (int at = 0; at < sent.length; at += block) {
            file.write(ByteBuffer.wrap(sent, at, block));
        }
        assertThat(file.finish()).isEqualTo(out.size());
        return out.toByteArray();
    }

    @Test
    void anImageLosesThePaddingOfItsLastBlockWhateverTheBlockSize() throws IOException {
        byte[] image = image();

        assertThat(store(image, 1024)).isEqualTo(image);
        assertThat(store(image, 128)).isEqualTo(image);
    }

    @Test
    void anyOtherFileKeepsEveryByteItWasSent() throws IOException {
        byte[] text = "hostname Switch\nend\n".repeat(100).getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        byte[] stored = store(text, 1024);

        assertThat(stored).hasSize(2048).startsWith(text);
    }

    @Test
    void anImageFollowedByMoreThanPaddingKeepsItAll() throws IOException {
        byte[] image = image();
        byte[] longer = Arrays.copyOf(image, image.length + 10); // ten zero bytes, not SUB

        assertThat(store(longer, 1024)).startsWith(longer).hasSize((longer.length + 1023) / 1024 * 1024);
    }
}
