package dev.iosemu.net.xmodem;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/** A link whose incoming bytes are given up front (a {@link #quiet()} is one timeout); records what was sent. */
final class ScriptedLink implements XmodemLink {
    private final Deque<Integer> incoming = new ArrayDeque<>();
    private final ByteArrayOutputStream sent = new ByteArrayOutputStream();

    ScriptedLink bytes(byte... bytes) {
        for (byte b : bytes) {
            incoming.add(b & 0xFF);
        }
        return this;
    }

    ScriptedLink codes(int... codes) {
        for (int code : codes) {
            incoming.add(code & 0xFF);
        }
        return this;
    }

    ScriptedLink quiet() {
        incoming.add(TIMEOUT);
        return this;
    }

    @Override
    public int read(Duration timeout) {
        Integer next = incoming.poll();
        return next == null ? TIMEOUT : next;
    }

    @Override
    public void write(byte... bytes) {
        sent.writeBytes(bytes);
    }

    byte[] sent() {
        return sent.toByteArray();
    }

    boolean drained() {
        return incoming.isEmpty();
    }
}
