package dev.iosemu.cli;

import java.util.regex.Pattern;

/** The one place that renders parse failures as IOS text (verbatim formats from real devices). */
final class ErrorText {
    static final String INCOMPLETE = "% Incomplete command.\n\n";
    static final String UNRECOGNIZED = "% Unrecognized command\n";
    static final String UNKNOWN_HOST = "% Unknown command or computer name, or unable to find computer address\n";
    static final String BAD_HOST = "% Bad IP address or host name\n";
    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern IPV4 =
            Pattern.compile("(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");

    private ErrorText() {}

    /** The text for a failed parse of {@code line} shown after a prompt of {@code promptLength}. */
    static String of(ParseOutcome failure, String line, int promptLength) {
        return switch (failure) {
            case ParseOutcome.Incomplete i -> INCOMPLETE;
            case ParseOutcome.Ambiguous a -> ambiguous(line);
            case ParseOutcome.Invalid v -> caret(promptLength + v.column());
            case ParseOutcome.Complete c -> throw new IllegalArgumentException("not a failure");
        };
    }

    static String ambiguous(String line) {
        return "% Ambiguous command:  \"" + line.strip() + "\"\n";
    }

    static String caret(int column) {
        return " ".repeat(column) + "^\n% Invalid input detected at '^' marker.\n\n";
    }

    /** A word alone on an EXEC line that names an {@code ip host} entry: telnet is tried, and refused. */
    static String knownHost(String name, String address) {
        return "Trying " + name + " (" + address + ")... \n% Connection refused by remote host\n";
    }

    /** An unknown word alone on an EXEC line that is not looked up: an address, a bad name, or lookup off. */
    static String unknownHost(String word) {
        if (IPV4.matcher(word).matches()) {
            // an address needs no name lookup: IOS tries telnet at once, and no lab host serves telnet
            return "Trying " + word + " ... \n% Connection refused by remote host\n";
        }
        if (!HOST_NAME.matcher(word).matches()) {
            return BAD_HOST + UNKNOWN_HOST;
        }
        return "Translating \"" + word + "\"\n" + UNKNOWN_HOST;
    }

    /** Whether {@code word} is an IPv4 address in dotted decimal. */
    static boolean isAddress(String word) {
        return IPV4.matcher(word).matches();
    }

    /** Whether IOS asks its name servers for {@code word} typed alone: a host name, with lookup on. */
    static boolean isLookedUp(String word, boolean domainLookup) {
        return domainLookup
                && !IPV4.matcher(word).matches()
                && HOST_NAME.matcher(word).matches();
    }
}
