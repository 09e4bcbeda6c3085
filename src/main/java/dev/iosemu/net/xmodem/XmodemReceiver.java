package dev.iosemu.net.xmodem;

import static dev.iosemu.net.xmodem.Xmodem.ACK;
import static dev.iosemu.net.xmodem.Xmodem.CAN;
import static dev.iosemu.net.xmodem.Xmodem.CRC_MODE;
import static dev.iosemu.net.xmodem.Xmodem.EOT;
import static dev.iosemu.net.xmodem.Xmodem.LARGE;
import static dev.iosemu.net.xmodem.Xmodem.NAK;
import static dev.iosemu.net.xmodem.Xmodem.SMALL;
import static dev.iosemu.net.xmodem.Xmodem.SOH;
import static dev.iosemu.net.xmodem.Xmodem.STX;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.time.Duration;

/**
 * The receiving side of XMODEM, as a boot loader runs it: asks for the CRC form ({@code C}) a few times, then
 * for the checksum form ({@code NAK}); takes 128- and 1024-byte blocks, acknowledges each once stored, asks again
 * for a damaged one, acknowledges a repeated one without storing it again, and gives up after ten errors in a
 * row or a sender's cancel. The padding of the last block is stored as received (XMODEM carries no length). One
 * transfer per instance, on the caller's thread.
 */
public final class XmodemReceiver {
    static final int START_TRIES = 10;
    static final int CRC_TRIES = 3;
    static final Duration START_WAIT = Duration.ofSeconds(3);
    static final Duration BLOCK_WAIT = Duration.ofSeconds(10);
    static final Duration BYTE_WAIT = Duration.ofSeconds(1);
    static final int MAX_ERRORS = 10;

    private final XmodemLink link;
    private final WritableByteChannel out;
    private final byte[] block = new byte[LARGE + 2];
    private boolean crc = true;
    private int expected = 1;
    private long stored;

    private XmodemReceiver(XmodemLink link, WritableByteChannel out) {
        this.link = link;
        this.out = out;
    }

    /**
     * Receives one file from {@code link} into {@code out}; returns the bytes stored (whole blocks).
     *
     * @throws XmodemException the transfer failed (no sender, cancelled, too many errors, out of sequence)
     * @throws IOException the link or {@code out} failed
     */
    public static long receive(XmodemLink link, WritableByteChannel out) throws IOException {
        return new XmodemReceiver(link, out).run();
    }

    private long run() throws IOException {
        int header = start();
        int errors = 0;
        while (true) {
            boolean good =
                    switch (header) {
                        case EOT -> {
                            link.write((byte) ACK);
                            yield true;
                        }
                        case SOH, STX -> block(header == STX ? LARGE : SMALL);
                        case CAN -> cancelled();
                        case -1 -> throw new XmodemException("the line closed during the transfer");
                        default -> false; // a timeout, or noise between blocks
                    };
            if (header == EOT) {
                return stored;
            }
            if (good) {
                errors = 0;
            } else if (++errors >= MAX_ERRORS) {
                cancel();
                throw new XmodemException("too many errors");
            } else {
                purge();
                link.write((byte) NAK);
            }
            header = link.read(BLOCK_WAIT);
        }
    }

    /** Asks the sender to start; returns the first byte it sent after being asked. */
    private int start() throws IOException {
        for (int attempt = 0; attempt < START_TRIES; attempt++) {
            crc = attempt < CRC_TRIES;
            link.write((byte) (crc ? CRC_MODE : NAK));
            int first = link.read(START_WAIT);
            if (first == SOH || first == STX || first == EOT || first == CAN || first == -1) {
                return first;
            }
        }
        throw new XmodemException("timed out");
    }

    /** Reads one block after its header byte; true when it was stored or was a repeat (both acknowledged). */
    private boolean block(int size) throws IOException {
        int number = link.read(BYTE_WAIT);
        int complement = link.read(BYTE_WAIT);
        int checkLength = crc ? 2 : 1;
        for (int i = 0; i < size + checkLength; i++) {
            int b = link.read(BYTE_WAIT);
            if (b < 0) {
                return false;
            }
            block[i] = (byte) b;
        }
        if (number < 0 || complement < 0 || (number ^ complement) != 0xFF || !checks(size)) {
            return false;
        }
        if (number == expected) {
            ByteBuffer data = ByteBuffer.wrap(block, 0, size);
            while (data.hasRemaining()) {
                out.write(data);
            }
            stored += size;
            expected = (expected + 1) & 0xFF;
        } else if (number != ((expected - 1) & 0xFF)) {
            cancel();
            throw new XmodemException("block " + number + " out of sequence (expected " + expected + ")");
        }
        link.write((byte) ACK);
        return true;
    }

    private boolean checks(int size) {
        if (crc) {
            int sent = ((block[size] & 0xFF) << 8) | (block[size + 1] & 0xFF);
            return sent == Xmodem.crc16(block, 0, size);
        }
        return (block[size] & 0xFF) == Xmodem.checksum(block, 0, size);
    }

    /** A CAN from the sender: a second one in a row cancels; a lone one is line noise. */
    private boolean cancelled() throws IOException {
        if (link.read(BYTE_WAIT) == CAN) {
            link.write((byte) ACK);
            throw new XmodemException("cancelled by the sender");
        }
        return false;
    }

    private void cancel() throws IOException {
        link.write((byte) CAN, (byte) CAN);
    }

    /** Drops what is left of a damaged block, until the line is quiet. */
    private void purge() throws IOException {
        while (link.read(BYTE_WAIT) >= 0) {
            // discard
        }
    }
}
