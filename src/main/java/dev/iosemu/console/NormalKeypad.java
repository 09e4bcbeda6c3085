package dev.iosemu.console;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jline.utils.InfoCmp;

/**
 * The terminal type iosemu runs a console with: the user's own ({@code TERM}) with the keypad kept in its
 * normal mode. JLine switches a terminal whose description has {@code smkx} into keypad transmit mode
 * around every line it reads, and turns mouse reporting off after it, which puts {@code ESC [?1h ESC =}
 * and friends before every prompt; a script reading the console over a pseudo-terminal sees them as
 * noise, and a real IOS console sends none. The derived description drops those capabilities and names
 * the cursor, Home and End keys as a terminal in normal mode sends them, so line editing is unchanged.
 */
final class NormalKeypad {
    private static final Pattern MODE_SWITCHES = Pattern.compile("(?<=[\\s,])(smkx|rmkx|kmous)=[^,]*,");
    private static final Pattern APPLICATION_KEYS = Pattern.compile("\\b(kcu[bdfu]1|khome|kend)=\\\\EO([A-Z])");

    private NormalKeypad() {}

    /**
     * The type to build the terminal with for {@code term}: {@code term} itself when its description
     * switches no keypad mode (or is unknown, or dumb), else a derived type registered with JLine.
     */
    static String typeFor(String term) {
        if (term == null || term.isBlank() || term.startsWith("dumb")) {
            return term;
        }
        return description(term)
                .filter(caps -> MODE_SWITCHES.matcher(caps).find())
                .map(caps -> register(term + "-iosemu", caps))
                .orElse(term);
    }

    /** {@code caps} without keypad and mouse mode switches, with normal-mode cursor keys. */
    static String withoutModeSwitches(String caps) {
        String plain = MODE_SWITCHES.matcher(caps).replaceAll("");
        return APPLICATION_KEYS.matcher(plain).replaceAll("$1=\\\\E[$2");
    }

    private static String register(String type, String caps) {
        InfoCmp.setDefaultInfoCmp(type, withoutModeSwitches(caps));
        return type;
    }

    private static Optional<String> description(String term) {
        try {
            return Optional.of(InfoCmp.getInfoCmp(term));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unknown to JLine and to infocmp: JLine decides, as before
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
