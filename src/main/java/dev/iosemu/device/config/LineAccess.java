package dev.iosemu.device.config;

import dev.iosemu.device.config.LineConfig.LineKind;
import java.util.Optional;

/**
 * What a line asks before a session starts on it, from the {@code line} block that covers it ({@code line con
 * 0}, {@code line vty 0 4}): nothing, its password ({@code login} with {@code password} set; without one IOS
 * disables the console login and refuses a vty), or a user name and password from the {@code username} table
 * ({@code login local}).
 */
public sealed interface LineAccess {
    /** No login: the session opens at once. */
    record Open() implements LineAccess {}

    /**
     * {@code login} on a vty with no password set: IOS refuses the connection ({@code Password required, but
     * none set}).
     */
    record Refused() implements LineAccess {}

    /** {@code login}: the line password. */
    record LinePassword(StoredPassword password) implements LineAccess {
        /** Whether {@code attempt} is the password. */
        public boolean accepts(String attempt) {
            return password.plain().equals(attempt);
        }
    }

    /** {@code login local}: a user of the configuration. */
    record LocalUsers(RunningConfig config) implements LineAccess {
        /** The user called {@code name} if {@code password} is theirs. */
        public Optional<UserAccount> authenticate(String name, String password) {
            return config.security().users().stream()
                    .filter(user -> user.name().equals(name) && user.accepts(password))
                    .findFirst();
        }
    }

    /** The access of line {@code number} of {@code kind} as {@code config} sets it; no block means none. */
    static LineAccess of(RunningConfig config, LineKind kind, int number) {
        Optional<LineConfig> block = config.lines().blocks().stream()
                .filter(line -> line.kind() == kind && line.first() <= number && number <= line.last())
                .findFirst();
        if (block.isEmpty()) {
            return new Open();
        }
        return switch (block.get().login()) {
            case NONE -> new Open();
            case LINE ->
                block.get()
                        .password()
                        .<LineAccess>map(LinePassword::new)
                        .orElseGet(() -> kind == LineKind.VTY ? new Refused() : new Open());
            case LOCAL -> new LocalUsers(config);
        };
    }
}
