package dev.iosemu.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.impl.LineDisciplineTerminal;
import org.jline.utils.InfoCmp;
import org.jline.utils.InfoCmp.Capability;

/**
 * A JLine terminal over a remote client's byte streams (an SSH channel, a telnet connection): JLine's own
 * line discipline, fed by {@link #pump} on a thread of the caller's choosing (a virtual one), so a session
 * holds no platform thread, as JLine's external terminal would.
 *
 * <p>What a vty line does to keystrokes before the line editor sees them: a NUL is dropped (NAPALM's
 * keepalive, telnet's {@code CR NUL}), and the LF of a CR LF pair is dropped, so {@code \r}, {@code \n} and
 * {@code \r\n} are each one Enter whoever sends them (Ansible, Netmiko over SSH, Netmiko over telnet).
 *
 * <p>Threading: {@link #pump} runs on one thread; the line reader on another; JLine guards its own state.
 */
final class ChannelTerminal extends LineDisciplineTerminal {
    private static final int CR = '\r';
    private static final int LF = '\n';
    private static final String TYPE = "ansi";
    /** The ANSI terminal's capabilities, parsed once: JLine reads its compressed list again for each terminal. */
    private static final Capabilities ANSI = Capabilities.parse(InfoCmp.getDefaultInfoCmp(TYPE));

    private final Screen screen;
    private volatile InputStream keys;

    /**
     * A terminal writing to {@code screen}. Whatever terminal the client names, the line editor drives an ANSI
     * one: it moves the cursor with the sequences every client understands, and sends nothing IOS would not
     * (no keypad or mouse modes, which a script reading the output would have to strip).
     */
    ChannelTerminal(String name, OutputStream screen, Size size) throws IOException {
        this(name, new Screen(screen), size);
    }

    private ChannelTerminal(String name, Screen screen, Size size) throws IOException {
        super(name, TYPE, screen.output, StandardCharsets.UTF_8);
        this.screen = screen;
        screen.terminal = this;
        setSize(size);
        Attributes attributes = getAttributes();
        // the line editor echoes what it accepts; keys typed ahead of it must not be echoed twice
        attributes.setLocalFlag(Attributes.LocalFlag.ECHO, false);
        attributes.setLocalFlag(Attributes.LocalFlag.ICANON, false);
        attributes.setInputFlag(Attributes.InputFlag.ICRNL, false);
        // line ends are made CR LF on the way out by CrLfOutput, once, whoever wrote them
        attributes.setOutputFlag(Attributes.OutputFlag.OPOST, false);
        setAttributes(attributes);
    }

    /** Called by JLine's constructor: the capabilities parsed once for every vty (a lab opens a thousand). */
    @Override
    protected void parseInfoCmp() {
        bools.addAll(ANSI.bools());
        ints.putAll(ANSI.ints());
        strings.putAll(ANSI.strings());
    }

    /** A terminal type's capabilities as JLine keeps them. */
    private record Capabilities(Set<Capability> bools, Map<Capability, Integer> ints, Map<Capability, String> strings) {
        static Capabilities parse(String text) {
            Set<Capability> bools = EnumSet.noneOf(Capability.class);
            Map<Capability, Integer> ints = new EnumMap<>(Capability.class);
            Map<Capability, String> strings = new EnumMap<>(Capability.class);
            InfoCmp.parseInfoCmp(text, bools, ints, strings);
            return new Capabilities(Set.copyOf(bools), Map.copyOf(ints), Map.copyOf(strings));
        }
    }

    /** Feeds the client's keystrokes to the line discipline until they end; then the reader sees end of input. */
    void pump(InputStream keys) {
        this.keys = keys;
        byte[] buffer = new byte[1024];
        byte[] kept = new byte[buffer.length];
        boolean afterCr = false;
        try {
            for (int n = keys.read(buffer); n >= 0; n = keys.read(buffer)) {
                int length = 0;
                for (int i = 0; i < n; i++) {
                    int b = buffer[i] & 0xff;
                    boolean dropped = b == 0 || (b == LF && afterCr);
                    afterCr = b == CR || (b == 0 && afterCr);
                    if (!dropped) {
                        kept[length++] = (byte) b;
                    }
                }
                processInputBytes(kept, 0, length);
            }
        } catch (IOException e) {
            processIOException(e);
        } finally {
            endOfInput();
        }
    }

    /** Sends what the line editor has written, whatever keys are still waiting. */
    void flushScreen() {
        try {
            screen.output.flushNow();
        } catch (IOException e) {
            // the connection is going; what could not be sent goes with it
        }
    }

    /** Whether typed keys wait in the line discipline, pumped and not yet read by the line editor. */
    boolean keysWaiting() {
        return slaveInput.available() > 0;
    }

    /** Whether typed keys wait to be handled: not yet pumped, or pumped and not yet read by the editor. */
    private boolean keysPending() {
        try {
            InputStream pending = keys;
            return slaveInput.available() > 0
                    || slaveReader.available() > 0
                    || (pending != null && pending.available() > 0);
        } catch (IOException e) {
            return false;
        }
    }

    /** The screen stream, which asks its terminal whether keys are pending (set once the terminal exists). */
    private static final class Screen {
        private final CrLfOutput output;
        private volatile ChannelTerminal terminal;

        Screen(OutputStream screen) {
            this.output = new CrLfOutput(screen, () -> terminal != null && terminal.keysPending());
        }
    }

    private void endOfInput() {
        try {
            slaveInput.close();
        } catch (IOException e) {
            // the reader sees the end either way
        }
    }
}
