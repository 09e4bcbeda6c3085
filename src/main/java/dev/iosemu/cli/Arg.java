package dev.iosemu.cli;

import java.net.Inet4Address;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A typed key for one command argument: its name (in diagnostics), its kind (an {@code ArgType}: what it
 * matches and what help shows), its help text, and the type of value a handler reads. Declare it once
 * beside the handler, register it with {@link CommandNode#argument(Arg)} and read it with
 * {@link CommandContext#get(Arg)}:
 *
 * <pre>{@code
 * static final Arg<Inet4Address> NEXT_HOP = Arg.ipv4("nexthop", "Forwarding router's address");
 * route.argument(NEXT_HOP).executes(ctx -> addRoute(ctx.get(NEXT_HOP)));
 * }</pre>
 *
 * <p>Keys compare by identity, so a handler reads exactly the key its node registered; a kind that
 * depends on the device ({@link #file}, {@link #interfaceName}) is made where the device is known and
 * handed to the handler. {@link #repeated} makes a list key ({@code ip host NAME A.B.C.D ...}).
 *
 * @param <T> the value type a handler reads
 */
public final class Arg<T> {
    private final String name;
    private final ArgType type;
    private final String help;
    private final Function<Object, T> value;
    private final int maxCount;

    private Arg(String name, ArgType type, String help, Function<Object, T> value, int maxCount) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.help = Objects.requireNonNull(help, "help");
        this.value = value;
        this.maxCount = maxCount;
    }

    private static <T> Arg<T> of(String name, ArgType type, String help, Class<T> valueType) {
        return new Arg<>(name, type, help, valueType::cast, 1);
    }

    /** One word; help shows {@code WORD}. */
    public static Arg<String> word(String name, String help) {
        return of(name, ArgType.word(), help, String.class);
    }

    /** One word with another help name ({@code Hostname or A.B.C.D}). */
    public static Arg<String> word(String name, String helpName, String help) {
        return of(name, ArgType.word(helpName), help, String.class);
    }

    /** The rest of the line, spaces included; help shows {@code LINE}. */
    public static Arg<String> line(String name, String help) {
        return of(name, ArgType.line(), help, String.class);
    }

    /** A decimal number in {@code [min, max]}; help shows {@code <min-max>}. */
    public static Arg<Integer> number(String name, int min, int max, String help) {
        return new Arg<>(name, ArgType.number(min, max), help, raw -> Math.toIntExact((Long) raw), 1);
    }

    /** A decimal number beyond the {@code int} range ({@code <1-4294967295>}). */
    public static Arg<Long> longNumber(String name, long min, long max, String help) {
        return of(name, ArgType.number(min, max), help, Long.class);
    }

    /** A hexadecimal number written {@code 0x2102}; help shows {@code <0x0-0xFFFF>}. */
    public static Arg<Integer> hex(String name, int min, int max, String help) {
        return new Arg<>(name, ArgType.hex(min, max), help, raw -> Math.toIntExact((Long) raw), 1);
    }

    /** An IPv4 address in dotted decimal; help shows {@code A.B.C.D}. */
    public static Arg<Inet4Address> ipv4(String name, String help) {
        return of(name, ArgType.ipv4(), help, Inet4Address.class);
    }

    /** A time of day {@code hh:mm:ss}. */
    public static Arg<LocalTime> time(String name, String help) {
        return of(name, ArgType.time(), help, LocalTime.class);
    }

    /** One of {@code words}, abbreviated or not; the value is the word as listed. */
    public static Arg<String> choice(String name, String helpName, List<String> words, String help) {
        return of(name, ArgType.choice(helpName, words), help, String.class);
    }

    /**
     * An existing interface, abbreviated or not, in one or two words ({@code gi0/0}, {@code GigabitEthernet
     * 0/0}); the value is its canonical name ({@code GigabitEthernet0/0}). {@code names} is asked at every
     * parse.
     */
    public static Arg<String> interfaceName(String name, Supplier<? extends Collection<String>> names, String help) {
        return of(name, ArgType.interfaceName(names), help, String.class);
    }

    /** An existing interface, or a new one of a {@code creatable} type ({@code Loopback5}). */
    public static Arg<String> interfaceName(
            String name, Supplier<? extends Collection<String>> names, List<InterfaceType> creatable, String help) {
        return of(name, ArgType.interfaceName(names, creatable), help, String.class);
    }

    /**
     * A location that starts with one of the prefixes ({@code flash:}, {@code tftp:}, {@code running-config}),
     * a prefix abbreviated when nothing follows it ({@code run}); the value spells the prefix canonically.
     * Help lists the prefixes with their descriptions.
     */
    public static Arg<String> url(String name, Supplier<? extends List<UrlPrefix>> prefixes, String help) {
        return of(name, ArgType.url(prefixes), help, String.class);
    }

    /** Like {@link #url}, also accepting a bare file name. */
    public static Arg<String> file(String name, Supplier<? extends List<UrlPrefix>> prefixes, String help) {
        return of(name, ArgType.file(prefixes), help, String.class);
    }

    /**
     * A new key that reads this one's value through {@code change} ({@code Inet4Address} to a lab
     * address). Use it in the declaration: the new key is not this one.
     */
    public <R> Arg<R> map(Function<? super T, ? extends R> change) {
        Objects.requireNonNull(change, "change");
        if (repeats()) {
            throw new IllegalStateException("map the element before repeating it: " + name);
        }
        return new Arg<>(name, type, help, raw -> change.apply(value.apply(raw)), 1);
    }

    /**
     * A list key: the argument may be typed 1 to {@code max} times in a row, each offered with the same
     * help, and the handler reads the values in the order typed.
     */
    public Arg<List<T>> repeated(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("a repeated argument needs a count of at least 1: " + max);
        }
        if (repeats()) {
            throw new IllegalStateException("already repeated: " + name);
        }
        Function<Object, T> element = value;
        return new Arg<>(
                name, type, help, raw -> ((List<?>) raw).stream().map(element).toList(), max);
    }

    /** The name shown for this argument in diagnostics ({@code copy source destination}). */
    public String name() {
        return name;
    }

    ArgType type() {
        return type;
    }

    String help() {
        return help;
    }

    /** True for a {@link #repeated} key. */
    boolean repeats() {
        return maxCount > 1;
    }

    /** How many times a repeated key may be typed in a row (1 otherwise). */
    int maxCount() {
        return maxCount;
    }

    /** The handler's value from what the parser collected (one matched value, or a list for repeats). */
    T read(Object parsed) {
        return value.apply(parsed);
    }

    @Override
    public String toString() {
        return "Arg[" + name + "]";
    }
}
