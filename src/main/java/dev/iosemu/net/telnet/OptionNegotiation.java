package dev.iosemu.net.telnet;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Set;

/**
 * The server's side of telnet option negotiation, by RFC 1143's Q method so that no exchange loops.
 *
 * <p>The server offers what real IOS offers in its greeting: WILL ECHO, WILL SUPPRESS-GO-AHEAD, DO
 * TERMINAL-TYPE, DO NAWS (in that order), accepts those four again if the client asks, and refuses every
 * other option. It asks for the terminal type as soon as the client agrees to send it.
 *
 * <p>Echo is the line editor's job whatever the client answers: a client that refuses our ECHO (as
 * Python's telnetlib does) still gets its keystrokes echoed, as real devices do.
 *
 * <p>Not thread-safe: one connection's reader owns it.
 */
final class OptionNegotiation {
    private static final Set<Integer> LOCAL = Set.of(TelnetOption.ECHO, TelnetOption.SUPPRESS_GO_AHEAD);
    private static final Set<Integer> REMOTE = Set.of(TelnetOption.TERMINAL_TYPE, TelnetOption.WINDOW_SIZE);

    /** RFC 1143 option states. */
    private enum Q {
        NO,
        YES,
        WANT_NO,
        WANT_YES
    }

    private final Q[] us = filled();
    private final Q[] him = filled();
    private boolean terminalTypeReceived;

    private static Q[] filled() {
        Q[] states = new Q[256];
        Arrays.fill(states, Q.NO);
        return states;
    }

    /** The greeting: the server's offers, in IOS's order. */
    byte[] opening() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        offer(out, TelnetCommand.WILL, TelnetOption.ECHO);
        offer(out, TelnetCommand.WILL, TelnetOption.SUPPRESS_GO_AHEAD);
        offer(out, TelnetCommand.DO, TelnetOption.TERMINAL_TYPE);
        offer(out, TelnetCommand.DO, TelnetOption.WINDOW_SIZE);
        return out.toByteArray();
    }

    private void offer(ByteArrayOutputStream out, TelnetCommand verb, int option) {
        (verb == TelnetCommand.WILL ? us : him)[option] = Q.WANT_YES;
        out.writeBytes(TelnetEncoder.negotiation(verb, option));
    }

    /** What to send back for one negotiation from the client: nothing, a reply, or a reply and a request. */
    byte[] receive(TelnetCommand verb, int option) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean terminalTypeWasOn = remoteEnabled(TelnetOption.TERMINAL_TYPE);
        switch (verb) {
            case WILL -> enable(him, option, REMOTE.contains(option), TelnetCommand.DO, TelnetCommand.DONT, out);
            case DO -> enable(us, option, LOCAL.contains(option), TelnetCommand.WILL, TelnetCommand.WONT, out);
            case WONT -> disable(him, option, TelnetCommand.DONT, out);
            case DONT -> disable(us, option, TelnetCommand.WONT, out);
            default -> throw new IllegalArgumentException("not an option verb: " + verb);
        }
        if (!terminalTypeWasOn && remoteEnabled(TelnetOption.TERMINAL_TYPE)) {
            out.writeBytes(
                    TelnetEncoder.subnegotiation(TelnetOption.TERMINAL_TYPE, (byte) TelnetOption.TERMINAL_TYPE_SEND));
        }
        return out.toByteArray();
    }

    // RFC 1143 on receipt of WILL (for him) or DO (for us)
    private static void enable(
            Q[] side,
            int option,
            boolean wanted,
            TelnetCommand agree,
            TelnetCommand refuse,
            ByteArrayOutputStream out) {
        switch (side[option]) {
            case NO -> {
                side[option] = wanted ? Q.YES : Q.NO;
                out.writeBytes(TelnetEncoder.negotiation(wanted ? agree : refuse, option));
            }
            case WANT_YES -> side[option] = Q.YES;
            case WANT_NO -> side[option] = Q.NO; // the peer answered our refusal with an offer: an error, ends at no
            case YES -> {} // already on: no reply, or the exchange would loop
        }
    }

    // RFC 1143 on receipt of WONT (for him) or DONT (for us)
    private static void disable(Q[] side, int option, TelnetCommand acknowledge, ByteArrayOutputStream out) {
        if (side[option] == Q.YES) {
            out.writeBytes(TelnetEncoder.negotiation(acknowledge, option));
        }
        side[option] = Q.NO;
    }

    /** Records that the client's TERMINAL-TYPE IS arrived. */
    void terminalTypeReceived() {
        terminalTypeReceived = true;
    }

    /** Whether the client agreed to report this option (NAWS, TERMINAL-TYPE). */
    boolean remoteEnabled(int option) {
        return him[option] == Q.YES;
    }

    /** Whether the client agreed to the server doing this option (ECHO, SUPPRESS-GO-AHEAD). */
    boolean localEnabled(int option) {
        return us[option] == Q.YES;
    }

    /** Whether every offer has its answer, and the terminal type, if the client agreed to send it, came. */
    boolean settled() {
        boolean answered = Arrays.stream(us).noneMatch(OptionNegotiation::pending)
                && Arrays.stream(him).noneMatch(OptionNegotiation::pending);
        return answered && (!remoteEnabled(TelnetOption.TERMINAL_TYPE) || terminalTypeReceived);
    }

    private static boolean pending(Q state) {
        return state == Q.WANT_YES || state == Q.WANT_NO;
    }
}
