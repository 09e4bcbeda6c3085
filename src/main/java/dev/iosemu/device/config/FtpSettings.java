package dev.iosemu.device.config;

import java.util.Objects;
import java.util.Optional;

/**
 * The {@code ip ftp ...} settings the FTP client uses when a URL carries no credentials.
 *
 * @param username {@code ip ftp username}
 * @param password {@code ip ftp password}
 * @param passive whether transfers use passive mode (the IOS default)
 * @param sourceInterface {@code ip ftp source-interface}
 */
public record FtpSettings(
        Optional<String> username,
        Optional<StoredPassword> password,
        boolean passive,
        Optional<String> sourceInterface) {
    public FtpSettings {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(sourceInterface, "sourceInterface");
    }

    /** The factory settings: anonymous, passive, no source interface. */
    public static FtpSettings defaults() {
        return new FtpSettings(Optional.empty(), Optional.empty(), true, Optional.empty());
    }

    public FtpSettings withUsername(Optional<String> value) {
        return new FtpSettings(value, password, passive, sourceInterface);
    }

    public FtpSettings withPassword(Optional<StoredPassword> value) {
        return new FtpSettings(username, value, passive, sourceInterface);
    }

    public FtpSettings withPassive(boolean value) {
        return new FtpSettings(username, password, value, sourceInterface);
    }

    public FtpSettings withSourceInterface(Optional<String> value) {
        return new FtpSettings(username, password, passive, value);
    }
}
