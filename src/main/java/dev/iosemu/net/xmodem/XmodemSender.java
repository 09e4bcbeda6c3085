package dev.iosemu.net.xmodem;

import static dev.iosemu.net.xmodem.Xmodem.ACK;
import static dev.iosemu.net.xmodem.Xmodem.CAN;
import static dev.iosemu.net.xmodem.Xmodem.CRC_MODE;
import static dev.iosemu.net.xmodem.Xmodem.EOT;
import static dev.iosemu.net.xmodem.Xmodem.LARGE;
import static dev.iosemu.net.xmodem.Xmodem.NAK;
import static dev.iosemu.net.xmodem.Xmodem.PAD;
import static dev.iosemu.net.xmodem.Xmodem.SMALL;
import static dev.iosemu.net.xmodem.Xmodem.SOH;
import static dev.iosemu.net.xmodem.Xmodem.STX;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.time.Duration;
import java.util.Arrays;

/**
 * The sending side of XMODEM, as a terminal program plays it: waits for the receiver to ask ({@code C} for
 * CRC-16 and 1024-byte blocks, {@code NAK} for 128-byte blocks with a checksum), sends each block until it is
 * acknowledged (a short last block as a 128-byte one), then {@code EOT}. One transfer per call.
 */
public final class XmodemSender {
    static final Duration START_WAIT = Duration.ofSeconds(60);
    static final Duration ACK_WAIT = Duration.ofSeconds(10);
    static final int MAX_TRIES = 10;

    private XmodemSender() {}

    /**
     * Sends everything {@code in} holds over {@code link}; returns the bytes sent (before padding).
     *
     * @throws XmodemException the receiver never asked, cancelled, or did not acknowledge a block
     */
    public static long send(XmodemLink link, ReadableByteChannel in) throws IOException {
        boolean crc = awaitStart(link);
        byte[] data = new byte[LARGE];
        int number = 1;
        long sent = 0;
        for (int n = fill(in, data, crc ? LARGE : SMALL); n > 0; n = fill(in, data, crc ? LARGE : SMALL)) {
            int size = crc && n > SMALL ? LARGE : SMALL;
            Arrays.fill(data, n, size, PAD);
            deliver(link, packet(number, data, size, crc));
            number = (number + 1) & 0xFF;
            sent += n;
        }
        deliver(link, new byte[] {EOT});
        return sent;
    }

    /** True for the CRC form, false for the checksum form. */
    private static boolean awaitStart(XmodemLink link) throws IOException {
        while (true) {
            int b = link.read(START_WAIT);
            switch (b) {
                case CRC_MODE -> {
                    return true;
                }
                case NAK -> {
                    return false;
                }
                case CAN -> throw new XmodemException("cancelled by the receiver");
                case -1 -> throw new XmodemException("the line closed before the transfer");
                case XmodemLink.TIMEOUT -> throw new XmodemException("the receiver never asked for the file");
                default -> {} // the loader's own text before it asks
            }
        }
    }

    private static void deliver(XmodemLink link, byte[] packet) throws IOException {
        for (int attempt = 0; attempt < MAX_TRIES; attempt++) {
            link.write(packet);
            int answer = link.read(ACK_WAIT);
            if (answer == ACK) {
                return;
            }
            if (answer == CAN && link.read(ACK_WAIT) == CAN) {
                throw new XmodemException("cancelled by the receiver");
            }
            if (answer == -1) {
                throw new XmodemException("the line closed during the transfer");
            }
        }
        throw new XmodemException("no acknowledgement after " + MAX_TRIES + " tries");
    }

    static byte[] packet(int number, byte[] data, int size, boolean crc) {
        byte[] packet = new byte[3 + size + (crc ? 2 : 1)];
        packet[0] = (byte) (size == LARGE ? STX : SOH);
        packet[1] = (byte) number;
        packet[2] = (byte) (~number);
        System.arraycopy(data, 0, packet, 3, size);
        if (crc) {
            int check = Xmodem.crc16(data, 0, size);
            packet[3 + size] = (byte) (check >> 8);
            packet[4 + size] = (byte) check;
        } else {
            packet[3 + size] = (byte) Xmodem.checksum(data, 0, size);
        }
        return packet;
    }

    private static int fill(ReadableByteChannel in, byte[] data, int size) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(data, 0, size);
        while (buffer.hasRemaining() && in.read(buffer) >= 0) {
            // a channel may return short reads
        }
        return buffer.position();
    }
}
