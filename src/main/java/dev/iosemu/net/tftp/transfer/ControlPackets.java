package dev.iosemu.net.tftp.transfer;

import dev.iosemu.net.tftp.wire.Opcode;
import dev.iosemu.net.tftp.wire.TftpCodec;
import dev.iosemu.net.tftp.wire.TftpPacket;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;

/** Encodes the rare, non-DATA packets (requests, OACK, ERROR) into buffers of their own. */
final class ControlPackets {
    private ControlPackets() {}

    /** The packet's bytes, position 0, limit at the end. */
    static ByteBuffer encode(TftpPacket packet) {
        for (int capacity = 512; ; capacity *= 4) {
            ByteBuffer buffer = ByteBuffer.allocate(capacity);
            try {
                TftpCodec.encode(packet, buffer);
                return buffer.flip();
            } catch (BufferOverflowException e) {
                // try again with room to spare; requests and OACKs are at most a few kilobytes
            }
        }
    }

    /** A reusable four-byte ACK buffer. */
    static ByteBuffer ackBuffer() {
        return ByteBuffer.allocateDirect(4);
    }

    /** Rewrites {@code buffer} as ACK {@code block} (low 16 bits) and returns it ready to send. */
    static ByteBuffer ack(ByteBuffer buffer, long block) {
        buffer.clear();
        buffer.putShort((short) Opcode.ACK.code()).putShort((short) block);
        return buffer.flip();
    }
}
