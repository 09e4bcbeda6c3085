package dev.iosemu.net.tftp.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iosemu.net.tftp.codes.TftpError;
import dev.iosemu.net.tftp.codes.TftpMode;
import dev.iosemu.net.tftp.wire.TftpPacket.Ack;
import dev.iosemu.net.tftp.wire.TftpPacket.Data;
import dev.iosemu.net.tftp.wire.TftpPacket.ErrorPacket;
import dev.iosemu.net.tftp.wire.TftpPacket.OptionAck;
import dev.iosemu.net.tftp.wire.TftpPacket.ReadRequest;
import dev.iosemu.net.tftp.wire.TftpPacket.WriteRequest;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TftpCodecTest {
    private static final HexFormat HEX = HexFormat.of();

    private static TftpPacket decode(String hex) throws MalformedPacketException {
        return TftpCodec.decode(ByteBuffer.wrap(HEX.parseHex(hex)));
    }

    private static String encode(TftpPacket packet) {
        ByteBuffer out = ByteBuffer.allocate(1024);
        TftpCodec.encode(packet, out);
        out.flip();
        byte[] bytes = new byte[out.remaining()];
        out.get(bytes);
        return HEX.formatHex(bytes);
    }

    private static Map<String, String> options(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    // "f.bin" octet, blksize 1468, tsize 0
    private static final String RRQ_WITH_OPTIONS =
            "0001" + "662e62696e00" + "6f6374657400" + "626c6b73697a6500" + "3134363800" + "7473697a6500" + "3000";

    @Test
    void decodesAReadRequestWithOptions() throws Exception {
        assertThat(decode(RRQ_WITH_OPTIONS))
                .isEqualTo(new ReadRequest("f.bin", TftpMode.OCTET, options("blksize", "1468", "tsize", "0")));
    }

    @Test
    void encodesAReadRequestWithOptionsInOrder() {
        assertThat(encode(new ReadRequest("f.bin", TftpMode.OCTET, options("blksize", "1468", "tsize", "0"))))
                .isEqualTo(RRQ_WITH_OPTIONS);
    }

    @Test
    void modeAndOptionNamesAreCaseInsensitive() throws Exception {
        // WRQ "a" "NetASCII" "BLKSIZE" "8"
        TftpPacket packet = decode("0002" + "6100" + "4e6574415343494900" + "424c4b53495a4500" + "3800");
        assertThat(packet).isEqualTo(new WriteRequest("a", TftpMode.NETASCII, options("blksize", "8")));
    }

    @Test
    void decodesDataAsAViewOfThePayload() throws Exception {
        Data data = (Data) decode("0003ffff" + "010203");
        assertThat(data.block()).isEqualTo(65535);
        assertThat(data.payload().remaining()).isEqualTo(3);
        assertThat(data.payload().get(2)).isEqualTo((byte) 3);
    }

    @Test
    void decodesEmptyData() throws Exception {
        assertThat(((Data) decode("00030007")).payload().remaining()).isZero();
    }

    @Test
    void encodesDataAndAck() {
        assertThat(encode(new Data(258, ByteBuffer.wrap(new byte[] {9})))).isEqualTo("0003010209");
        assertThat(encode(new Ack(0))).isEqualTo("00040000");
    }

    @Test
    void acceptsAnAckWithPadding() throws Exception {
        assertThat(decode("0004000a0000")).isEqualTo(new Ack(10));
    }

    @Test
    void errorCarriesItsCodeAndMessage() throws Exception {
        ErrorPacket error = (ErrorPacket) decode("00050001" + "6e6f00");
        assertThat(error.error()).isEqualTo(TftpError.FILE_NOT_FOUND);
        assertThat(error.message()).isEqualTo("no");
        assertThat(encode(error)).isEqualTo("00050001" + "6e6f00");
    }

    @Test
    void errorWithoutTheFinalNulIsAccepted() throws Exception {
        assertThat(decode("00050002" + "6e6f")).isEqualTo(new ErrorPacket(2, "no"));
    }

    @Test
    void unknownErrorCodeMapsToNotDefined() throws Exception {
        assertThat(((ErrorPacket) decode("0005002a00")).error()).isEqualTo(TftpError.NOT_DEFINED);
    }

    @Test
    void optionAckRoundTrips() throws Exception {
        String hex = "0006" + "626c6b73697a6500" + "38313932" + "00";
        assertThat(decode(hex)).isEqualTo(new OptionAck(options("blksize", "8192")));
        assertThat(encode(new OptionAck(options("blksize", "8192")))).isEqualTo(hex);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
            strings = {
                "",
                "00",
                "0000",
                "0007",
                "ffff", // short or unknown opcode
                "0001",
                "00016100", // request without a filename or mode
                "000161006f637465", // mode not terminated
                "000161006d61696c00", // mode "mail" is not supported
                "000161006f6374657400626c6b73697a6500", // option without a value
                "000161006f637465740000313000", // empty option name
                "0003",
                "000300",
                "0004",
                "000400",
                "0005",
                "000500" // truncated 16-bit fields
            })
    void malformedPacketsAreRejected(String hex) {
        assertThatThrownBy(() -> decode(hex)).isInstanceOf(MalformedPacketException.class);
    }

    @Test
    void unterminatedOptionValueIsNamedInTheError() {
        assertThatThrownBy(() -> decode("000161006f6374657400" + "626c6b73697a6500" + "3531"))
                .isInstanceOf(MalformedPacketException.class)
                .hasMessage("value of option blksize is not NUL-terminated");
    }

    @Test
    void binaryModeIsReadAsOctet() throws Exception {
        assertThat(((ReadRequest) decode("0001610062696e61727900")).mode()).isEqualTo(TftpMode.OCTET);
    }

    @Test
    void summariesNameThePacket() {
        assertThat(new Ack(3).summary()).isEqualTo("ACK block 3");
        assertThat(new ReadRequest("f", TftpMode.OCTET, options("tsize", "0")).summary())
                .isEqualTo("RRQ f octet tsize=0");
    }

    @Test
    void opcodesAreLookedUpByTheirWireValueAndUnknownValuesAreEmpty() {
        assertThat(Opcode.fromCode(1)).contains(Opcode.RRQ);
        assertThat(Opcode.fromCode(6)).contains(Opcode.OACK);
        assertThat(Opcode.fromCode(0)).isEmpty();
        assertThat(Opcode.fromCode(7)).isEmpty();
    }

    @Test
    void truncatedErrorKeepsWholeCharactersWithinTheByteLimit() {
        ErrorPacket error = ErrorPacket.truncated(TftpError.NOT_DEFINED, "x" + "\u20ac".repeat(300));

        byte[] bytes = error.message().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(bytes.length).isEqualTo(1 + 3 * 166);
        assertThat(error.message()).endsWith("\u20ac").doesNotContain("\ufffd");
        assertThat(ErrorPacket.truncated(TftpError.NOT_DEFINED, "short").message())
                .isEqualTo("short");
    }
}
