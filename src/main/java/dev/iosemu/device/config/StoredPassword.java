package dev.iosemu.device.config;

import java.util.Objects;

/**
 * A reversible password ({@code ip ftp password}, line {@code password}) kept in clear, remembering
 * whether it was entered in type 7 form so it renders that way even without password encryption.
 *
 * @param plain the clear text
 * @param enteredAsType7 whether the command gave it as {@code 7 <hex>}
 */
public record StoredPassword(String plain, boolean enteredAsType7) {
    public StoredPassword {
        Objects.requireNonNull(plain, "plain");
    }

    /** Parses the {@code [0|7] TEXT} argument of a password command. */
    public static StoredPassword parse(String type, String text) {
        return switch (type) {
            case "7" -> new StoredPassword(Type7.decode(text), true);
            case "0", "" -> new StoredPassword(text, false);
            default -> throw new IllegalArgumentException("password type must be 0 or 7: " + type);
        };
    }

    /** The text after the keyword in the running config, e.g. {@code 7 0822455D0A16} or {@code cisco}. */
    public String render(boolean serviceEncryption) {
        return enteredAsType7 || serviceEncryption ? "7 " + Type7.encode(plain) : plain;
    }
}
