package dev.iosemu.device.boot;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A boot candidate on a TFTP server: {@code tftp://SERVER/FILE} as typed at a loader or in {@code boot
 * system}, or the older {@code boot system tftp FILE SERVER} form. The loader names it by its URL, which show
 * version then prints.
 *
 * @param server the server's address as typed
 * @param file the file on the server
 */
public record NetworkImage(String server, String file) {
    private static final Pattern URL = Pattern.compile("tftp://([^/\\s]+)/(\\S+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern OLD_FORM =
            Pattern.compile("tftp:?\\s*([^\\s/][^\\s]*)(?:\\s+(\\S+))?", Pattern.CASE_INSENSITIVE);
    /** The server of {@code boot system tftp FILE} with none named: the broadcast address. */
    private static final String BROADCAST = "255.255.255.255";

    public NetworkImage {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(file, "file");
    }

    /** The candidate {@code entry} names, if it names one on a TFTP server. */
    public static Optional<NetworkImage> of(String entry) {
        String text = entry.strip();
        Matcher url = URL.matcher(text);
        if (url.matches()) {
            return Optional.of(new NetworkImage(url.group(1), url.group(2)));
        }
        Matcher old = OLD_FORM.matcher(text);
        if (text.toLowerCase(Locale.ROOT).startsWith("tftp") && old.matches()) {
            return Optional.of(new NetworkImage(old.group(2) == null ? BROADCAST : old.group(2), old.group(1)));
        }
        return Optional.empty();
    }

    /** {@code tftp://SERVER/FILE}. */
    public String url() {
        return "tftp://" + server + "/" + file;
    }
}
