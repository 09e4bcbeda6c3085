package dev.iosemu.net.telnet;

import java.util.Optional;

/** The telnet commands that follow IAC (RFC 854), by their wire code. */
enum TelnetCommand {
    SE(240),
    NOP(241),
    DATA_MARK(242),
    BREAK(243),
    INTERRUPT_PROCESS(244),
    ABORT_OUTPUT(245),
    ARE_YOU_THERE(246),
    ERASE_CHARACTER(247),
    ERASE_LINE(248),
    GO_AHEAD(249),
    SB(250),
    WILL(251),
    WONT(252),
    DO(253),
    DONT(254),
    IAC(255);

    private static final TelnetCommand[] BY_CODE = new TelnetCommand[256];

    static {
        for (TelnetCommand command : values()) {
            BY_CODE[command.code] = command;
        }
    }

    final int code;

    TelnetCommand(int code) {
        this.code = code;
    }

    /** The command with this code, or empty for a byte below 240. */
    static Optional<TelnetCommand> fromCode(int code) {
        return code >= 0 && code < BY_CODE.length ? Optional.ofNullable(BY_CODE[code]) : Optional.empty();
    }

    /** Whether this is one of the four option verbs WILL, WONT, DO, DONT. */
    boolean isVerb() {
        return this == WILL || this == WONT || this == DO || this == DONT;
    }
}
