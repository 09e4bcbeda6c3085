package dev.iosemu.device.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The {@code ip ssh} settings of the running configuration.
 *
 * @param version {@code ip ssh version 1|2}; empty: both (IOS says version 1.99)
 * @param timeoutSeconds {@code ip ssh time-out}: how long a client may take to log in (1-120, default 120)
 * @param retries {@code ip ssh authentication-retries}: wrong passwords allowed before the connection is
 *     dropped (0-5, default 3)
 * @param sourceInterface {@code ip ssh source-interface}: the interface whose address the device's SSH client
 *     ({@code copy scp:}) connects from; empty: the closest to the server
 */
public record SshSettings(OptionalInt version, int timeoutSeconds, int retries, Optional<String> sourceInterface) {
    public static final int DEFAULT_TIMEOUT = 120;
    public static final int DEFAULT_RETRIES = 3;

    public SshSettings {
        version.ifPresent(v -> {
            if (v != 1 && v != 2) {
                throw new IllegalArgumentException("ip ssh version must be 1 or 2: " + v);
            }
        });
        if (timeoutSeconds < 1 || timeoutSeconds > DEFAULT_TIMEOUT) {
            throw new IllegalArgumentException("ip ssh time-out must be 1-120: " + timeoutSeconds);
        }
        if (retries < 0 || retries > 5) {
            throw new IllegalArgumentException("ip ssh authentication-retries must be 0-5: " + retries);
        }
        Objects.requireNonNull(sourceInterface, "sourceInterface");
    }

    /** Nothing configured. */
    public static SshSettings defaults() {
        return new SshSettings(OptionalInt.empty(), DEFAULT_TIMEOUT, DEFAULT_RETRIES, Optional.empty());
    }

    public SshSettings withVersion(OptionalInt value) {
        return new SshSettings(value, timeoutSeconds, retries, sourceInterface);
    }

    public SshSettings withTimeout(int seconds) {
        return new SshSettings(version, seconds, retries, sourceInterface);
    }

    public SshSettings withRetries(int count) {
        return new SshSettings(version, timeoutSeconds, count, sourceInterface);
    }

    public SshSettings withSourceInterface(Optional<String> value) {
        return new SshSettings(version, timeoutSeconds, retries, value);
    }

    /** The version IOS reports: {@code 1.99} for both, {@code 2.0}, or {@code 1.5} for version 1 alone. */
    public String versionText() {
        if (version.isEmpty()) {
            return "1.99";
        }
        return version.getAsInt() == 2 ? "2.0" : "1.5";
    }

    /** The log message of SSH coming on: {@code %SSH-5-ENABLED: SSH 1.99 has been enabled}. */
    public String enabledMessage() {
        return "%SSH-5-ENABLED: SSH " + versionText() + " has been enabled";
    }

    /** The running-config lines, in IOS's order; none for defaults. */
    public List<String> render() {
        List<String> lines = new ArrayList<>();
        if (timeoutSeconds != DEFAULT_TIMEOUT) {
            lines.add("ip ssh time-out " + timeoutSeconds);
        }
        if (retries != DEFAULT_RETRIES) {
            lines.add("ip ssh authentication-retries " + retries);
        }
        sourceInterface.ifPresent(name -> lines.add("ip ssh source-interface " + name));
        version.ifPresent(v -> lines.add("ip ssh version " + v));
        return lines;
    }
}
