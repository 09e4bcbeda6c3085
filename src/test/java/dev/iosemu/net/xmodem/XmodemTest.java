package dev.iosemu.net.xmodem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.channels.Channels;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class XmodemTest {
    private static byte[] content(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 128, 129, 1024, 1025, 5000, 70_000})
    void aFileCrossesAPipeWholeFollowedOnlyByThePaddingOfItsLastBlock(int size) throws Exception {
        byte[] file = content(size);
        XmodemPipe pipe = new XmodemPipe();
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Long> sender = threads.submit(
                    () -> XmodemSender.send(pipe.far(), Channels.newChannel(new java.io.ByteArrayInputStream(file))));

            long stored = XmodemReceiver.receive(pipe.near(), Channels.newChannel(received));

            assertThat(sender.get(30, TimeUnit.SECONDS)).isEqualTo(size);
            assertThat(stored).isEqualTo(received.size());
        }
        byte[] bytes = received.toByteArray();
        assertThat(Arrays.copyOf(bytes, size)).isEqualTo(file);
        int lastBlock = size % 1024 == 0 || size % 1024 > 128 ? 1024 : 128;
        assertThat(bytes.length - size).isLessThan(lastBlock);
        for (int i = size; i < bytes.length; i++) {
            assertThat(bytes[i]).isEqualTo(Xmodem.PAD);
        }
    }

    @Test
    void theCrcOfTheStandardCheckStringIs31C3() {
        byte[] check = "123456789".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        assertThat(Xmodem.crc16(check, 0, check.length)).isEqualTo(0x31C3);
    }

    @Test
    void aDamagedBlockIsAskedForAgainAndARepeatedOneIsAcknowledgedButStoredOnce() throws Exception {
        byte[] data = content(128);
        byte[] good = XmodemSender.packet(1, data, 128, true);
        byte[] damaged = good.clone();
        damaged[50] ^= 1;
        ScriptedLink link = new ScriptedLink()
                .bytes(damaged)
                .quiet()
                .bytes(good)
                .bytes(good)
                .codes(Xmodem.EOT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long stored = XmodemReceiver.receive(link, Channels.newChannel(out));

        assertThat(stored).isEqualTo(128);
        assertThat(out.toByteArray()).isEqualTo(data);
        assertThat(link.sent()).containsExactly('C', Xmodem.NAK, Xmodem.ACK, Xmodem.ACK, Xmodem.ACK);
    }

    @Test
    void aSilentLineIsAskedThreeTimesForCrcThenForChecksumsThenGivenUp() {
        ScriptedLink link = new ScriptedLink();

        assertThatThrownBy(() -> XmodemReceiver.receive(link, Channels.newChannel(new ByteArrayOutputStream())))
                .isInstanceOf(XmodemException.class)
                .hasMessage("timed out");
        assertThat(link.sent()).containsExactly('C', 'C', 'C', 0x15, 0x15, 0x15, 0x15, 0x15, 0x15, 0x15);
    }

    @Test
    void aSenderThatIgnoresTheCrcRequestIsReadInTheChecksumForm() throws Exception {
        byte[] data = content(128);
        ScriptedLink link = new ScriptedLink()
                .quiet()
                .quiet()
                .quiet()
                .bytes(XmodemSender.packet(1, data, 128, false))
                .codes(Xmodem.EOT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        XmodemReceiver.receive(link, Channels.newChannel(out));

        assertThat(out.toByteArray()).isEqualTo(data);
        assertThat(link.sent()).containsExactly('C', 'C', 'C', Xmodem.NAK, Xmodem.ACK, Xmodem.ACK);
    }

    @Test
    void aBlockOutOfSequenceCancelsTheTransfer() {
        ScriptedLink link = new ScriptedLink().bytes(XmodemSender.packet(2, content(128), 128, true));

        assertThatThrownBy(() -> XmodemReceiver.receive(link, Channels.newChannel(new ByteArrayOutputStream())))
                .isInstanceOf(XmodemException.class)
                .hasMessageContaining("out of sequence");
        assertThat(link.sent()).endsWith(Xmodem.CAN, Xmodem.CAN);
    }

    @Test
    void twoCancelsFromTheSenderEndTheTransfer() {
        ScriptedLink link = new ScriptedLink().codes(Xmodem.CAN, Xmodem.CAN);

        assertThatThrownBy(() -> XmodemReceiver.receive(link, Channels.newChannel(new ByteArrayOutputStream())))
                .hasMessage("cancelled by the sender");
    }

    @Test
    void tenDamagedBlocksInARowGiveUp() {
        byte[] damaged = XmodemSender.packet(1, content(128), 128, true);
        damaged[10] ^= 1;
        ScriptedLink link = new ScriptedLink();
        for (int i = 0; i < XmodemReceiver.MAX_ERRORS; i++) {
            link.bytes(damaged).quiet();
        }

        assertThatThrownBy(() -> XmodemReceiver.receive(link, Channels.newChannel(new ByteArrayOutputStream())))
                .hasMessage("too many errors");
        assertThat(link.sent()).endsWith(Xmodem.CAN, Xmodem.CAN);
    }

    @Test
    void theSenderResendsABlockTheReceiverRefusedAndUsesSmallBlocksWhenAskedForChecksums() throws Exception {
        byte[] data = content(200);
        ScriptedLink link = new ScriptedLink()
                .codes(Xmodem.NAK) // start, checksum form
                .codes(Xmodem.NAK) // block 1 refused
                .codes(Xmodem.ACK, Xmodem.ACK, Xmodem.ACK); // block 1, block 2, EOT

        long sent = XmodemSender.send(link, Channels.newChannel(new java.io.ByteArrayInputStream(data)));

        assertThat(sent).isEqualTo(200);
        byte[] padded = Arrays.copyOf(Arrays.copyOfRange(data, 128, 200), 128);
        Arrays.fill(padded, 72, 128, Xmodem.PAD);
        byte[] first = XmodemSender.packet(1, data, 128, false);
        byte[] second = XmodemSender.packet(2, padded, 128, false);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.writeBytes(first);
        expected.writeBytes(first);
        expected.writeBytes(second);
        expected.write(Xmodem.EOT);
        assertThat(link.sent()).isEqualTo(expected.toByteArray());
        assertThat(link.drained()).isTrue();
    }

    @Test
    void aReceiverThatNeverAsksLeavesTheSenderWithAClearReason() {
        assertThatThrownBy(() -> XmodemSender.send(
                        new ScriptedLink().codes('x').quiet(),
                        Channels.newChannel(new java.io.ByteArrayInputStream(content(10)))))
                .hasMessage("the receiver never asked for the file");
    }
}
