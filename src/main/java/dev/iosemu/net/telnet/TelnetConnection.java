package dev.iosemu.net.telnet;

import dev.iosemu.net.telnet.TelnetInput.Command;
import dev.iosemu.net.telnet.TelnetInput.Data;
import dev.iosemu.net.telnet.TelnetInput.Negotiation;
import dev.iosemu.net.telnet.TelnetInput.Subnegotiation;
import dev.iosemu.net.terminal.RemoteTerminal;
import dev.iosemu.net.terminal.TerminalEvents;
import dev.iosemu.net.terminal.TerminalListeners;
import dev.iosemu.net.terminal.TerminalSignal;
import dev.iosemu.net.terminal.WindowSize;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One accepted telnet connection: its reader decodes the socket on a virtual thread of its own, answers
 * negotiations, and queues keystrokes for the handler; the handler writes the screen through an encoder.
 *
 * <p>Thread-safe. The decoder and the negotiation belong to the reader thread; the encoder and the
 * socket's output to {@link #sendLock}; terminal type and window size are volatile.
 */
final class TelnetConnection implements RemoteTerminal {
    /** Keystrokes queued before the reader stops reading the socket. */
    static final int INPUT_CAPACITY = 64 * 1024;

    private static final byte[] ARE_YOU_THERE_REPLY = "\r\n[Yes]\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte ERASE_CHARACTER = 0x08;
    private static final byte ERASE_LINE = 0x15;

    private final Socket socket;
    private final InetSocketAddress peer;
    private final InetSocketAddress local;
    private final InputPipe input = new InputPipe(INPUT_CAPACITY);
    private final Screen screen;
    private final TerminalListeners listeners = new TerminalListeners();
    private final CountDownLatch negotiated = new CountDownLatch(1);
    private final AtomicBoolean closed = new AtomicBoolean();

    // reader thread only
    private final TelnetDecoder decoder = new TelnetDecoder();
    private final OptionNegotiation negotiation = new OptionNegotiation();

    // guards the socket's output and the encoder
    private final ReentrantLock sendLock = new ReentrantLock();
    private final OutputStream wire;
    private final TelnetEncoder encoder = new TelnetEncoder();

    private volatile String terminalType;
    private volatile WindowSize windowSize = WindowSize.DEFAULT;

    TelnetConnection(Socket socket) throws IOException {
        this.socket = socket;
        this.peer = (InetSocketAddress) socket.getRemoteSocketAddress();
        this.local = (InetSocketAddress) socket.getLocalSocketAddress();
        this.wire = new BufferedOutputStream(socket.getOutputStream(), 8192);
        this.screen = new Screen();
    }

    /** Sends the greeting, then decodes the socket until the client leaves or the connection closes. */
    void readLoop() {
        try {
            send(negotiation.opening());
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[4096];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                for (TelnetInput item : decoder.decode(buffer, 0, n)) {
                    handle(item);
                }
                if (negotiation.settled()) {
                    negotiated.countDown();
                }
            }
        } catch (IOException e) {
            // the client left, or close() shut the socket: either way the connection is over
        } finally {
            negotiated.countDown();
            input.closeWriter();
            close();
        }
    }

    /** Waits until the client has answered the greeting (or the timeout passes), so its terminal is known. */
    void awaitNegotiation(Duration timeout) throws InterruptedException {
        negotiated.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void handle(TelnetInput item) throws IOException {
        switch (item) {
            case Data data -> input.write(data.bytes());
            case Negotiation n -> send(negotiation.receive(n.verb(), n.option()));
            case Subnegotiation sub -> subnegotiation(sub);
            case Command command -> command(command.command());
        }
    }

    private void subnegotiation(Subnegotiation sub) {
        sub.terminalType().ifPresent(type -> {
            terminalType = type;
            negotiation.terminalTypeReceived();
        });
        sub.windowSize().ifPresent(size -> {
            windowSize = size;
            listeners.windowChanged(size);
        });
    }

    private void command(TelnetCommand command) throws IOException {
        switch (command) {
            case INTERRUPT_PROCESS -> listeners.signalled(TerminalSignal.INTERRUPT);
            case BREAK -> listeners.signalled(TerminalSignal.BREAK);
            case ARE_YOU_THERE -> screen.writeAndFlush(ARE_YOU_THERE_REPLY);
            case ERASE_CHARACTER -> input.write(new byte[] {ERASE_CHARACTER});
            case ERASE_LINE -> input.write(new byte[] {ERASE_LINE});
            default -> {} // NOP, DM, GA, AO: nothing to do in character mode
        }
    }

    private void send(byte[] bytes) throws IOException {
        if (bytes.length == 0) {
            return;
        }
        sendLock.lock();
        try {
            wire.write(bytes);
            wire.flush();
        } finally {
            sendLock.unlock();
        }
    }

    @Override
    public InputStream input() {
        return input;
    }

    @Override
    public OutputStream output() {
        return screen;
    }

    @Override
    public Optional<String> terminalType() {
        return Optional.ofNullable(terminalType);
    }

    @Override
    public WindowSize windowSize() {
        return windowSize;
    }

    @Override
    public TerminalEvents events() {
        return listeners;
    }

    @Override
    public InetSocketAddress peer() {
        return peer;
    }

    @Override
    public InetSocketAddress local() {
        return local;
    }

    @Override
    public boolean isOpen() {
        return !closed.get();
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            screen.flush();
        } catch (IOException e) {
            // the client is gone; nothing left to send
        }
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
        listeners.closed();
    }

    @Override
    public String toString() {
        return "telnet " + peer.getAddress().getHostAddress() + ":" + peer.getPort();
    }

    /** The handler's screen: buffered until flush, encoded on the way out. */
    private final class Screen extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            sendLock.lock();
            try {
                ensureOpen();
                wire.write(encoder.encode(bytes, offset, length));
            } finally {
                sendLock.unlock();
            }
        }

        @Override
        public void flush() throws IOException {
            sendLock.lock();
            try {
                ensureOpen();
                wire.write(encoder.flush());
                wire.flush();
            } finally {
                sendLock.unlock();
            }
        }

        void writeAndFlush(byte[] bytes) throws IOException {
            write(bytes, 0, bytes.length);
            flush();
        }

        private void ensureOpen() throws IOException {
            if (socket.isClosed()) {
                throw new IOException("connection closed");
            }
        }
    }
}
