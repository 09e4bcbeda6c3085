package dev.iosemu.fs;

import dev.iosemu.fs.InvalidLocationException.Problem;
import dev.iosemu.fs.IosLocation.LocalPath;
import dev.iosemu.fs.IosLocation.NetworkPrefix;
import dev.iosemu.fs.IosLocation.Url;
import dev.iosemu.fs.IosLocation.UserInfo;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Parses the locations typed in IOS commands ({@code flash:x}, {@code tftp://h/f}, {@code running-config})
 * against one device's prefixes. This is the only place IOS paths and URLs are parsed. Immutable and
 * thread-safe.
 */
public final class IosLocationParser {
    private static final String RUNNING_CONFIG = "running-config";
    private static final String STARTUP_CONFIG = "startup-config";

    private final KnownPrefixes prefixes;

    public IosLocationParser(KnownPrefixes prefixes) {
        this.prefixes = Objects.requireNonNull(prefixes, "prefixes");
    }

    public KnownPrefixes prefixes() {
        return prefixes;
    }

    /** Parses {@code text}; a name without a prefix is relative to the default file system's root. */
    public IosLocation parse(String text) throws InvalidLocationException {
        KnownPrefixes.Entry home = prefixes.defaultEntry();
        return parse(text, new LocalPath(home.prefix(), home.prefix(), "/", home.flat()));
    }

    /** Parses {@code text}; a name without a prefix is relative to {@code workingDirectory}. */
    public IosLocation parse(String text, LocalPath workingDirectory) throws InvalidLocationException {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            throw new InvalidLocationException(text, Problem.EMPTY, 0);
        }
        checkCharacters(text);
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals(RUNNING_CONFIG)) {
            return shortcut(text, "system:", RUNNING_CONFIG);
        }
        if (lower.equals(STARTUP_CONFIG)) {
            return shortcut(text, "nvram:", STARTUP_CONFIG);
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            String base = text.startsWith("/") ? "/" : workingDirectory.path();
            return workingDirectory.withPath(normalise(base, text));
        }
        return parsePrefixed(text, colon);
    }

    private IosLocation parsePrefixed(String text, int colon) throws InvalidLocationException {
        String prefix = text.substring(0, colon + 1);
        String rest = text.substring(colon + 1);
        Optional<UrlScheme> scheme = UrlScheme.fromName(text.substring(0, colon));
        if (scheme.isPresent()) {
            return rest.startsWith("//")
                    ? parseUrl(text, scheme.get(), colon + 3)
                    : new NetworkPrefix(scheme.get(), rest);
        }
        KnownPrefixes.Entry entry = entry(text, prefix);
        return new LocalPath(entry.prefix(), prefix.toLowerCase(Locale.ROOT), normalise("/", rest), entry.flat());
    }

    private LocalPath shortcut(String text, String prefix, String name) throws InvalidLocationException {
        KnownPrefixes.Entry entry = entry(text, prefix);
        return new LocalPath(entry.prefix(), prefix, "/" + name, entry.flat());
    }

    private KnownPrefixes.Entry entry(String text, String prefix) throws InvalidLocationException {
        return prefixes.find(prefix).orElseThrow(() -> new InvalidLocationException(text, Problem.UNKNOWN_PREFIX, 0));
    }

    private static Url parseUrl(String text, UrlScheme scheme, int start) throws InvalidLocationException {
        int slash = text.indexOf('/', start);
        int authorityEnd = slash < 0 ? text.length() : slash;
        int at = text.lastIndexOf('@', authorityEnd - 1);
        Optional<UserInfo> userInfo = Optional.empty();
        int hostStart = start;
        if (at >= start) {
            userInfo = Optional.of(userInfo(text.substring(start, at)));
            hostStart = at + 1;
        }
        int portColon = hostPortSeparator(text, hostStart, authorityEnd);
        int hostEnd = portColon < 0 ? authorityEnd : portColon;
        String host = parseHost(text, hostStart, hostEnd);
        OptionalInt port = portColon < 0 ? OptionalInt.empty() : parsePort(text, portColon + 1, authorityEnd);
        String path = slash < 0 ? "" : text.substring(slash + 1);
        return new Url(scheme, userInfo, host, port, path);
    }

    private static UserInfo userInfo(String raw) {
        int colon = raw.indexOf(':');
        return colon < 0
                ? new UserInfo(raw, Optional.empty())
                : new UserInfo(raw.substring(0, colon), Optional.of(raw.substring(colon + 1)));
    }

    /** The colon before a port, skipping the colons inside a bracketed IPv6 literal; -1 if none. */
    private static int hostPortSeparator(String text, int hostStart, int end) {
        int from = hostStart;
        if (hostStart < end && text.charAt(hostStart) == '[') {
            int close = text.indexOf(']', hostStart);
            from = close < 0 || close > end ? end : close;
        }
        int colon = text.indexOf(':', from);
        return colon < 0 || colon >= end ? -1 : colon;
    }

    private static String parseHost(String text, int start, int end) throws InvalidLocationException {
        if (start == end) {
            throw new InvalidLocationException(text, Problem.MISSING_HOST, start);
        }
        if (text.charAt(start) == '[') {
            return parseBracketedHost(text, start, end);
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!(Character.isLetterOrDigit(c) && c < 128) && c != '.' && c != '-' && c != '_') {
                throw new InvalidLocationException(text, Problem.BAD_HOST, i);
            }
        }
        return text.substring(start, end);
    }

    private static String parseBracketedHost(String text, int start, int end) throws InvalidLocationException {
        if (text.charAt(end - 1) != ']' || end - start < 3) {
            throw new InvalidLocationException(text, Problem.BAD_HOST, end - 1);
        }
        for (int i = start + 1; i < end - 1; i++) {
            char c = text.charAt(i);
            if (Character.digit(c, 16) < 0 && c != ':' && c != '.') {
                throw new InvalidLocationException(text, Problem.BAD_HOST, i);
            }
        }
        return text.substring(start, end);
    }

    private static OptionalInt parsePort(String text, int start, int end) throws InvalidLocationException {
        if (start == end) {
            throw new InvalidLocationException(text, Problem.BAD_PORT, start);
        }
        int port = 0;
        for (int i = start; i < end; i++) {
            int digit = Character.digit(text.charAt(i), 10);
            if (digit < 0 || (port = port * 10 + digit) > 65535) {
                throw new InvalidLocationException(text, Problem.BAD_PORT, i);
            }
        }
        if (port == 0) {
            throw new InvalidLocationException(text, Problem.BAD_PORT, start);
        }
        return OptionalInt.of(port);
    }

    private static void checkCharacters(String text) throws InvalidLocationException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || Character.isWhitespace(c)) {
                throw new InvalidLocationException(text, Problem.BAD_CHARACTER, i);
            }
        }
    }

    /**
     * Resolves {@code relative} against the absolute {@code base}: repeated slashes collapse,
     * {@code .} is dropped and {@code ..} climbs, never above the root (as IOS's {@code cd ..} does).
     */
    static String normalise(String base, String relative) {
        Deque<String> names = new ArrayDeque<>();
        String joined = relative.startsWith("/") ? relative : base + "/" + relative;
        for (String name : joined.split("/")) {
            if (name.equals("..")) {
                names.pollLast();
            } else if (!name.isEmpty() && !name.equals(".")) {
                names.addLast(name);
            }
        }
        return "/" + String.join("/", names);
    }
}
