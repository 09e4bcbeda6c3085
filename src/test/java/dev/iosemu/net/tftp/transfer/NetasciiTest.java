package dev.iosemu.net.tftp.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.net.tftp.transfer.Packets.Sink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NetasciiTest {

    private static byte[] encode(String text, int readSize) throws IOException {
        NetasciiEncoder encoder = new NetasciiEncoder(Packets.source(text.getBytes(StandardCharsets.US_ASCII)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer buffer = ByteBuffer.allocate(readSize);
        while (encoder.read(buffer.clear()) >= 0) {
            out.write(buffer.array(), 0, buffer.position());
        }
        return out.toByteArray();
    }

    private static String decode(byte[] wire, int writeSize) throws IOException {
        Sink sink = new Sink();
        NetasciiDecoder decoder = new NetasciiDecoder(sink);
        for (int i = 0; i < wire.length; i += writeSize) {
            decoder.write(ByteBuffer.wrap(wire, i, Math.min(writeSize, wire.length - i)));
        }
        decoder.finish();
        return new String(sink.toByteArray(), StandardCharsets.US_ASCII);
    }

    @Test
    void lineFeedBecomesCarriageReturnLineFeedAndBareCarriageReturnGetsANul() throws IOException {
        assertThat(encode("a\nb\rc", 100)).isEqualTo("a\r\nb\r\0c".getBytes(StandardCharsets.US_ASCII));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7, 512})
    void pairsSplitAcrossBlocksSurvive(int size) throws IOException {
        String text = "\n\r\r\nline\n\n\rx\r";
        byte[] wire = encode(text, size);
        assertThat(wire).isEqualTo("\r\n\r\0\r\0\r\nline\r\n\r\n\r\0x\r\0".getBytes(StandardCharsets.US_ASCII));
        assertThat(decode(wire, size)).isEqualTo(text);
    }

    @Test
    void decoderKeepsACarriageReturnFollowedByOtherText() throws IOException {
        assertThat(decode("a\rb\r".getBytes(StandardCharsets.US_ASCII), 1)).isEqualTo("a\rb\r");
    }

    @Test
    void decoderCountsLocalBytes() throws IOException {
        Sink sink = new Sink();
        NetasciiDecoder decoder = new NetasciiDecoder(sink);
        decoder.write(ByteBuffer.wrap("a\r\nb".getBytes(StandardCharsets.US_ASCII)));
        decoder.finish();
        assertThat(decoder.bytesWritten()).isEqualTo(3);
    }
}
