package dev.iosemu.net.tftp.transport;

import dev.iosemu.net.tftp.TftpTransferListener;
import dev.iosemu.net.tftp.TftpTransferListener.Direction;
import dev.iosemu.net.tftp.wire.MalformedPacketException;
import dev.iosemu.net.tftp.wire.TftpCodec;
import java.nio.ByteBuffer;

/**
 * Packet tracing for {@code debug tftp packets}. Summaries cost a decode and a string per packet, so they are
 * made only for listeners that override {@link TftpTransferListener#onPacket}, and only while
 * {@link TftpTransferListener#tracingPackets} says they are read.
 */
final class PacketTrace {
    private PacketTrace() {}

    static boolean wanted(TftpTransferListener listener) {
        try {
            return listener.getClass()
                            .getMethod("onPacket", Direction.class, String.class)
                            .getDeclaringClass()
                    != TftpTransferListener.class;
        } catch (NoSuchMethodException e) {
            return true;
        }
    }

    /** A summary of an encoded packet, leaving the buffer as it was. */
    static String summarize(ByteBuffer datagram) {
        try {
            return TftpCodec.decode(datagram.duplicate()).summary();
        } catch (MalformedPacketException e) {
            return "malformed packet: " + e.getMessage();
        }
    }
}
