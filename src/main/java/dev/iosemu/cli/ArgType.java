package dev.iosemu.cli;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The kind of a command argument, with the name IOS shows for it in help ({@code WORD}, {@code LINE},
 * {@code <0-4294967295>}, {@code A.B.C.D}, interface types, file-system prefixes).
 *
 * <p>Parsed values: {@link #word()} and {@link #line()} give a {@code String}; {@link #number} and
 * {@link #hex} a {@code Long}; {@link #ipv4()} an {@code Inet4Address}; {@link #interfaceName} the
 * canonical interface name ({@code GigabitEthernet0/0}) as a {@code String}; {@link #url} and
 * {@link #file} the text with the prefix spelled canonically ({@code flash:x}, {@code running-config},
 * {@code tftp://h/p}) as a {@code String}; {@link #time()} a {@code LocalTime}.
 */
sealed interface ArgType
        permits ArgType.Word,
                ArgType.Line,
                ArgType.Number,
                ArgType.Ipv4,
                ArgType.Time,
                ArgType.Choice,
                ArgType.Interface,
                ArgType.Url {

    /** One word; help shows {@code WORD}. */
    static ArgType word() {
        return new Word("WORD");
    }

    /** One word with another help name, e.g. {@code Hostname or A.B.C.D}. */
    static ArgType word(String helpName) {
        return new Word(helpName);
    }

    /** The rest of the line, spaces included; help shows {@code LINE}. */
    static ArgType line() {
        return new Line();
    }

    /** A decimal number in {@code [min, max]}; help shows {@code <min-max>}. */
    static ArgType number(long min, long max) {
        return new Number(min, max, false);
    }

    /** A hexadecimal number written {@code 0x2102}, in {@code [min, max]}; help shows {@code <0x0-0xFFFF>}. */
    static ArgType hex(long min, long max) {
        return new Number(min, max, true);
    }

    /** An IPv4 address in dotted decimal; help shows {@code A.B.C.D}. */
    static ArgType ipv4() {
        return new Ipv4();
    }

    /** A time of day {@code hh:mm:ss} (24-hour); help shows {@code hh:mm:ss}. */
    static ArgType time() {
        return new Time();
    }

    /**
     * One of a fixed set of words (months), abbreviated or not; help shows {@code helpName} as one
     * entry. The value is the word in its listed spelling.
     */
    static ArgType choice(String helpName, List<String> words) {
        return new Choice(helpName, words);
    }

    /**
     * An interface name: type plus number, abbreviated or not, in one or two words ({@code gi0/0},
     * {@code GigabitEthernet 0/0}, {@code vlan1}). The supplier gives the valid canonical names and is
     * asked at every parse.
     */
    static ArgType interfaceName(Supplier<? extends Collection<String>> names) {
        return new Interface(names, List.of());
    }

    /**
     * Like {@link #interfaceName(Supplier)}, and also accepts new interfaces of the {@code creatable}
     * types ({@code interface Loopback5}); the value is the canonical name either way.
     */
    static ArgType interfaceName(Supplier<? extends Collection<String>> names, List<InterfaceType> creatable) {
        return new Interface(names, List.copyOf(creatable));
    }

    /**
     * A URL-like location that must start with one of the supplied prefixes ({@code flash:},
     * {@code tftp:}, {@code running-config}); a prefix may be abbreviated when nothing follows it
     * ({@code run}, {@code start}, {@code tftp}). Help lists the prefixes with their descriptions.
     */
    static ArgType url(Supplier<? extends List<UrlPrefix>> prefixes) {
        return new Url(prefixes, false);
    }

    /** Like {@link #url}, but a word without a colon is also accepted as a bare file name. */
    static ArgType file(Supplier<? extends List<UrlPrefix>> prefixes) {
        return new Url(prefixes, true);
    }

    /** One word. */
    record Word(String helpName) implements ArgType {
        public Word {
            Objects.requireNonNull(helpName, "helpName");
        }
    }

    /** The rest of the line. */
    record Line() implements ArgType {}

    /** A number in a closed range, decimal or {@code 0x} hexadecimal. */
    record Number(long min, long max, boolean hexadecimal) implements ArgType {
        public Number {
            if (min > max) {
                throw new IllegalArgumentException("empty range <" + min + "-" + max + ">");
            }
        }
    }

    /** An IPv4 address. */
    record Ipv4() implements ArgType {}

    /** A time of day. */
    record Time() implements ArgType {}

    /** One word of a fixed list. */
    record Choice(String helpName, List<String> words) implements ArgType {
        public Choice {
            Objects.requireNonNull(helpName, "helpName");
            words = List.copyOf(words);
            if (words.isEmpty()) {
                throw new IllegalArgumentException("a choice needs words");
            }
        }
    }

    /** An interface name from a supplier of existing names, or of a creatable type. */
    record Interface(Supplier<? extends Collection<String>> names, List<InterfaceType> creatable) implements ArgType {
        public Interface {
            Objects.requireNonNull(names, "names");
            creatable = List.copyOf(creatable);
        }
    }

    /** A file-system URL; {@code bareNames} also accepts a plain file name. */
    record Url(Supplier<? extends List<UrlPrefix>> prefixes, boolean bareNames) implements ArgType {
        public Url {
            Objects.requireNonNull(prefixes, "prefixes");
        }
    }
}
