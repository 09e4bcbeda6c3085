package dev.iosemu.net.ftp;

import java.util.Objects;

/**
 * A login of the lab FTP server: name, password, home folder and whether it may write.
 *
 * @param name login name; {@code anonymous} configures the anonymous login (any password)
 * @param password clear-text password (a lab server, not a vault)
 * @param home the home folder relative to the server root, with {@code /} between names; empty for the
 *     root itself
 * @param writable whether the login may upload, delete, rename and make folders
 */
public record FtpAccount(String name, String password, String home, boolean writable) {
    /** The login name of the anonymous account. */
    public static final String ANONYMOUS = "anonymous";

    public FtpAccount {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(home, "home");
        if (name.isEmpty() || name.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            throw new IllegalArgumentException("name must be non-empty without spaces or controls: '" + name + "'");
        }
        home = normalizeHome(home);
    }

    /** A login whose home is the server root. */
    public static FtpAccount atRoot(String name, String password, boolean writable) {
        return new FtpAccount(name, password, "", writable);
    }

    private static String normalizeHome(String home) {
        if (home.indexOf('\0') >= 0 || home.indexOf('\\') >= 0) {
            throw new IllegalArgumentException("home must not contain NUL or backslash: '" + home + "'");
        }
        StringBuilder normal = new StringBuilder();
        for (String name : home.split("/")) {
            if (name.equals("..")) {
                throw new IllegalArgumentException("home must stay inside the root: '" + home + "'");
            }
            if (!name.isEmpty() && !name.equals(".")) {
                normal.append(normal.isEmpty() ? "" : "/").append(name);
            }
        }
        return normal.toString();
    }

    /** Shows everything but the password. */
    @Override
    public String toString() {
        return "FtpAccount[" + name + ", home=/" + home + (writable ? ", writable" : ", read-only") + "]";
    }
}
