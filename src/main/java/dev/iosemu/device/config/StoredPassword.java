package dev.iosemu.device.config;

import java.util.Objects;
import java.util.Optional;

/**
 * A reversible password ({@code ip ftp password}, {@code enable password}, line {@code password}) kept in
 * clear, together with the type 7 text it was entered as, so it renders back exactly as typed.
 *
 * @param plain the clear text
 * @param typed7 the type 7 string given on the command line, if it was given that way
 */
public record StoredPassword(String plain, Optional<String> typed7) {
    public StoredPassword {
        Objects.requireNonNull(plain, "plain");
        Objects.requireNonNull(typed7, "typed7");
    }

    /**
     * A password entered in clear, or (when {@code enteredAsType7}) shown in type 7 form even without
     * password encryption.
     */
    public StoredPassword(String plain, boolean enteredAsType7) {
        this(plain, enteredAsType7 ? Optional.of(Type7.encode(plain)) : Optional.empty());
    }

    /** A password entered in clear. */
    public static StoredPassword clear(String plain) {
        return new StoredPassword(plain, Optional.empty());
    }

    /** Parses the {@code [0|7] TEXT} argument of a password command; throws for a bad type 7 string. */
    public static StoredPassword parse(String type, String text) {
        return switch (type) {
            case "7" -> new StoredPassword(Type7.decode(text), Optional.of(text.toUpperCase(java.util.Locale.ROOT)));
            case "0", "" -> clear(text);
            default -> throw new IllegalArgumentException("password type must be 0 or 7: " + type);
        };
    }

    /** The text after the keyword in the running config, e.g. {@code 7 0822455D0A16} or {@code cisco}. */
    public String render(boolean serviceEncryption) {
        if (typed7.isPresent()) {
            return "7 " + typed7.get();
        }
        return serviceEncryption ? "7 " + Type7.encode(plain) : plain;
    }
}
