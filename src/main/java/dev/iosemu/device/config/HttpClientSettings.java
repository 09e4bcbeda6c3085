package dev.iosemu.device.config;

import java.util.Objects;
import java.util.Optional;

/**
 * The {@code ip http client ...} settings {@code copy http:} and {@code copy https:} use when a URL carries
 * no credentials.
 *
 * @param username {@code ip http client username}
 * @param password {@code ip http client password}
 * @param sourceInterface {@code ip http client source-interface}
 */
public record HttpClientSettings(
        Optional<String> username, Optional<StoredPassword> password, Optional<String> sourceInterface) {
    public HttpClientSettings {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(sourceInterface, "sourceInterface");
    }

    /** No credentials, no source interface. */
    public static HttpClientSettings defaults() {
        return new HttpClientSettings(Optional.empty(), Optional.empty(), Optional.empty());
    }

    public HttpClientSettings withUsername(Optional<String> value) {
        return new HttpClientSettings(value, password, sourceInterface);
    }

    public HttpClientSettings withPassword(Optional<StoredPassword> value) {
        return new HttpClientSettings(username, value, sourceInterface);
    }

    public HttpClientSettings withSourceInterface(Optional<String> value) {
        return new HttpClientSettings(username, password, value);
    }
}
