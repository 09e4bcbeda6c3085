package dev.iosemu.net.ssh.scp;

import java.util.Objects;

/**
 * A login of the lab SCP server: name, password, home folder and whether it may write there.
 *
 * @param home the home folder relative to the server root, {@code /} between names; empty for the root
 */
public record ScpAccount(String name, String password, String home, boolean writable) {
    public ScpAccount {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(home, "home");
        home = home.equals(".") ? "" : home;
        if (home.startsWith("/") || home.contains("..") || home.contains("\\")) {
            throw new IllegalArgumentException("home must be relative and inside the root: '" + home + "'");
        }
    }
}
