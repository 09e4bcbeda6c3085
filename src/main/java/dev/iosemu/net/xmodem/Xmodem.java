package dev.iosemu.net.xmodem;

/** The control bytes, block sizes and check values of XMODEM, XMODEM-CRC and XMODEM-1K. */
final class Xmodem {
    static final int SOH = 0x01; // a 128-byte block follows
    static final int STX = 0x02; // a 1024-byte block follows
    static final int EOT = 0x04;
    static final int ACK = 0x06;
    static final int NAK = 0x15; // also: the receiver asks for the checksum form
    static final int CAN = 0x18;
    static final int CRC_MODE = 'C'; // the receiver asks for the CRC-16 form
    static final byte PAD = 0x1A; // fills the last block (SUB)
    static final int SMALL = 128;
    static final int LARGE = 1024;

    private Xmodem() {}

    /** CRC-16/XMODEM (polynomial 0x1021, initial value 0) of {@code length} bytes from {@code offset}. */
    static int crc16(byte[] data, int offset, int length) {
        int crc = 0;
        for (int i = offset; i < offset + length; i++) {
            crc ^= (data[i] & 0xFF) << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
        }
        return crc & 0xFFFF;
    }

    /** The one-byte arithmetic checksum of the original XMODEM. */
    static int checksum(byte[] data, int offset, int length) {
        int sum = 0;
        for (int i = offset; i < offset + length; i++) {
            sum += data[i] & 0xFF;
        }
        return sum & 0xFF;
    }
}
