package dev.iosemu.cli.commands.config;

import dev.iosemu.device.config.ConfigRenderer;
import java.util.Locale;
import java.util.Optional;

/**
 * A banner's text as it is being typed: the first character after the banner kind is the delimiter (or the
 * two characters {@code ^C}, as configurations write it), and the text runs up to the delimiter's next
 * appearance, over as many lines as it takes. Whatever follows the closing delimiter is ignored.
 *
 * @param delimiter the delimiter
 * @param text the text so far, without delimiters
 * @param closed whether the closing delimiter has been seen
 */
record BannerInput(String delimiter, String text, boolean closed) {

    /** Starts from what follows the banner kind on the command line, e.g. {@code #Hello#} or {@code ^C}. */
    static BannerInput start(String rest) {
        String delimiter = rest.startsWith(ConfigRenderer.BANNER_DELIMITER)
                ? ConfigRenderer.BANNER_DELIMITER
                : rest.substring(0, rest.offsetByCodePoints(0, 1));
        return new BannerInput(delimiter, "", false).take(rest.substring(delimiter.length()));
    }

    /** The text with one more typed line: a line break, then the line up to the delimiter if it is there. */
    BannerInput plus(String line) {
        return new BannerInput(delimiter, text + "\n", false).take(line);
    }

    private BannerInput take(String part) {
        int end = part.indexOf(delimiter);
        return end < 0
                ? new BannerInput(delimiter, text + part, false)
                : new BannerInput(delimiter, text + part.substring(0, end), true);
    }

    /**
     * If {@code line} (a configuration line, stripped) is a {@code banner} command whose text does not close on
     * that line, its input so far; the replayer then joins the following lines to it.
     */
    static Optional<BannerInput> openedBy(String line) {
        if (line.isEmpty() || Character.toLowerCase(line.charAt(0)) != 'b') {
            return Optional.empty(); // most lines: no need to split them
        }
        String[] words = line.split("[ \\t]+", 3);
        if (words.length < 3 || words[0].length() < 3 || !"banner".startsWith(words[0].toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        BannerInput input = start(words[2]);
        return input.closed() ? Optional.empty() : Optional.of(input);
    }
}
