package dev.iosemu.net.telnet;

import dev.iosemu.net.terminal.WindowSize;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/** One thing the client sent, as the decoder hands it on, in the order it arrived. */
sealed interface TelnetInput {
    /** Keystrokes, with IAC escapes undone, NULs dropped and each RFC 854 newline reduced to one CR. */
    record Data(byte[] bytes) implements TelnetInput {
        @Override
        public boolean equals(Object other) {
            return other instanceof Data data && Arrays.equals(bytes, data.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "Data[" + HexFormat.of().formatHex(bytes) + "]";
        }
    }

    /** A bare command: IP, BRK, AYT, EC, EL, AO, NOP, DM or GA. */
    record Command(TelnetCommand command) implements TelnetInput {}

    /** WILL, WONT, DO or DONT for an option code. */
    record Negotiation(TelnetCommand verb, int option) implements TelnetInput {}

    /** IAC SB option payload IAC SE, the payload unescaped. */
    record Subnegotiation(int option, byte[] payload) implements TelnetInput {
        /** The size in a NAWS report (RFC 1073): width and height, two bytes each, 0 meaning unknown. */
        Optional<WindowSize> windowSize() {
            if (option != TelnetOption.WINDOW_SIZE || payload.length != 4) {
                return Optional.empty();
            }
            return Optional.of(WindowSize.reported(unsignedShort(0), unsignedShort(2)));
        }

        /** The name in a TERMINAL-TYPE IS reply (RFC 1091), lower-cased as terminfo names are. */
        Optional<String> terminalType() {
            if (option != TelnetOption.TERMINAL_TYPE
                    || payload.length < 2
                    || payload[0] != TelnetOption.TERMINAL_TYPE_IS) {
                return Optional.empty();
            }
            String name = new String(payload, 1, payload.length - 1, StandardCharsets.US_ASCII);
            return Optional.of(name.trim().toLowerCase(Locale.ROOT)).filter(type -> !type.isEmpty());
        }

        private int unsignedShort(int index) {
            return ((payload[index] & 0xff) << 8) | (payload[index + 1] & 0xff);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Subnegotiation sub && option == sub.option && Arrays.equals(payload, sub.payload);
        }

        @Override
        public int hashCode() {
            return 31 * option + Arrays.hashCode(payload);
        }

        @Override
        public String toString() {
            return "Subnegotiation[" + option + ", " + HexFormat.of().formatHex(payload) + "]";
        }
    }
}
