package dev.iosemu.net.telnet;

import dev.iosemu.net.telnet.TelnetInput.Command;
import dev.iosemu.net.telnet.TelnetInput.Data;
import dev.iosemu.net.telnet.TelnetInput.Negotiation;
import dev.iosemu.net.telnet.TelnetInput.Subnegotiation;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits the bytes a telnet client sends into keystrokes and commands (RFC 854). A sequence may be cut
 * anywhere between two reads; the decoder carries its state over.
 *
 * <p>Keystrokes are what a line editor should see: CR LF and CR NUL (the NVT newline and carriage return)
 * become one CR, so each of {@code \r\0}, {@code \r\n}, {@code \r} and {@code \n} is one Enter; other NULs
 * are dropped; IAC IAC is the byte 0xFF.
 *
 * <p>Not thread-safe: one connection's reader owns it.
 */
final class TelnetDecoder {
    /** The longest sub-negotiation payload kept; the rest is dropped (terminal names are short). */
    static final int MAX_SUBNEGOTIATION = 256;

    private static final int CR = '\r';
    private static final int LF = '\n';
    private static final int NUL = 0;

    private enum State {
        DATA,
        IAC,
        VERB,
        SB_OPTION,
        SB_DATA,
        SB_IAC
    }

    private State state = State.DATA;
    private TelnetCommand verb;
    private int subOption;
    private final ByteArrayOutputStream subPayload = new ByteArrayOutputStream();
    private boolean afterCr;

    /** Decodes the next bytes from the client, returning what they complete, in order. */
    List<TelnetInput> decode(byte[] bytes, int offset, int length) {
        Output out = new Output();
        for (int i = offset; i < offset + length; i++) {
            int b = bytes[i] & 0xff;
            switch (state) {
                case DATA -> data(b, out);
                case IAC -> afterIac(b, out);
                case VERB -> {
                    out.add(new Negotiation(verb, b));
                    state = State.DATA;
                }
                case SB_OPTION -> {
                    subOption = b;
                    subPayload.reset();
                    state = State.SB_DATA;
                }
                case SB_DATA -> subData(b);
                case SB_IAC -> afterSubIac(b, out);
            }
        }
        return out.finish();
    }

    private void data(int b, Output out) {
        if (b == TelnetCommand.IAC.code) {
            state = State.IAC;
            return;
        }
        keystroke(b, out);
    }

    private void keystroke(int b, Output out) {
        boolean endOfNewline = afterCr && (b == LF || b == NUL);
        afterCr = b == CR;
        if (!endOfNewline && b != NUL) {
            out.data(b);
        }
    }

    private void afterIac(int b, Output out) {
        state = State.DATA;
        TelnetCommand command = TelnetCommand.fromCode(b).orElse(null);
        if (command == null || command == TelnetCommand.SE) {
            return; // not a command, or SE outside a sub-negotiation: nothing to do
        }
        switch (command) {
            case IAC -> keystroke(b, out);
            case SB -> state = State.SB_OPTION;
            case WILL, WONT, DO, DONT -> {
                verb = command;
                state = State.VERB;
            }
            default -> out.add(new Command(command));
        }
    }

    private void subData(int b) {
        if (b == TelnetCommand.IAC.code) {
            state = State.SB_IAC;
        } else {
            keepSubByte(b);
        }
    }

    private void keepSubByte(int b) {
        if (subPayload.size() < MAX_SUBNEGOTIATION) {
            subPayload.write(b);
        }
    }

    private void afterSubIac(int b, Output out) {
        if (b == TelnetCommand.IAC.code) {
            state = State.SB_DATA;
            keepSubByte(b);
            return;
        }
        out.add(new Subnegotiation(subOption, subPayload.toByteArray()));
        if (b == TelnetCommand.SE.code) {
            state = State.DATA;
        } else {
            afterIac(b, out); // a client that forgot IAC SE: end the sub-negotiation at this command
        }
    }

    /** Collects a run of keystrokes into one {@link Data} between the other inputs. */
    private static final class Output {
        private final List<TelnetInput> inputs = new ArrayList<>();
        private final ByteArrayOutputStream run = new ByteArrayOutputStream();

        void data(int b) {
            run.write(b);
        }

        void add(TelnetInput input) {
            endRun();
            inputs.add(input);
        }

        List<TelnetInput> finish() {
            endRun();
            return inputs;
        }

        private void endRun() {
            if (run.size() > 0) {
                inputs.add(new Data(run.toByteArray()));
                run.reset();
            }
        }
    }
}
