package dev.iosemu.net.tftp;

import dev.iosemu.net.tftp.wire.TftpCodec;
import dev.iosemu.net.tftp.wire.TftpPacket;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;

/** A hand-driven UDP endpoint on 127.0.0.1 that speaks raw TFTP packets, for scripting misbehaving peers. */
final class RawPeer implements AutoCloseable {
    private final DatagramSocket socket;
    private InetSocketAddress lastSender;

    RawPeer() throws IOException {
        socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        socket.setSoTimeout(5000);
    }

    InetSocketAddress address() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    /** Where the last received datagram came from. */
    InetSocketAddress lastSender() {
        return lastSender;
    }

    void send(TftpPacket packet, InetSocketAddress to) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(65536);
        TftpCodec.encode(packet, buffer);
        sendBytes(java.util.Arrays.copyOf(buffer.array(), buffer.position()), to);
    }

    void sendBytes(byte[] bytes, InetSocketAddress to) throws IOException {
        socket.send(new DatagramPacket(bytes, bytes.length, to));
    }

    /** The next packet, waiting at most five seconds. */
    TftpPacket receive() throws IOException {
        byte[] buffer = new byte[65536];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        socket.receive(packet);
        lastSender = (InetSocketAddress) packet.getSocketAddress();
        return TftpCodec.decode(ByteBuffer.wrap(buffer, 0, packet.getLength()));
    }

    /** The next ERROR packet, skipping retransmissions that were already on their way. */
    TftpPacket.ErrorPacket receiveError() throws IOException {
        while (true) {
            if (receive() instanceof TftpPacket.ErrorPacket error) {
                return error;
            }
        }
    }

    @Override
    public void close() {
        socket.close();
    }
}
