package dev.iosemu.net.telnet;

/** The option codes this server negotiates; every other option is refused by its bare code. */
final class TelnetOption {
    /** RFC 857: the server echoes what the client types. */
    static final int ECHO = 1;
    /** RFC 858: no GO AHEAD after each output, i.e. character-at-a-time mode. */
    static final int SUPPRESS_GO_AHEAD = 3;
    /** RFC 1091: the client names its terminal type. */
    static final int TERMINAL_TYPE = 24;
    /** RFC 1073: the client reports its window size. */
    static final int WINDOW_SIZE = 31;

    /** RFC 1091 sub-negotiation codes. */
    static final int TERMINAL_TYPE_IS = 0;

    static final int TERMINAL_TYPE_SEND = 1;

    private TelnetOption() {}
}
