package dev.iosemu.device.config;

import dev.iosemu.device.config.LineConfig.LineKind;
import java.util.Optional;

/**
 * What the console line asks before a session starts, from {@code line con 0}: nothing, its password
 * ({@code login} with {@code password} set; without one IOS disables the login), or a user name and password
 * from the {@code username} table ({@code login local}).
 */
public sealed interface ConsoleAccess {
    /** No login: the session opens at once. */
    record Open() implements ConsoleAccess {}

    /** {@code login}: the line password. */
    record LinePassword(StoredPassword password) implements ConsoleAccess {
        /** Whether {@code attempt} is the password. */
        public boolean accepts(String attempt) {
            return password.plain().equals(attempt);
        }
    }

    /** {@code login local}: a user of the configuration. */
    record LocalUsers(RunningConfig config) implements ConsoleAccess {
        /** The user called {@code name} if {@code password} is theirs. */
        public Optional<UserAccount> authenticate(String name, String password) {
            return config.security().users().stream()
                    .filter(user -> user.name().equals(name) && user.accepts(password))
                    .findFirst();
        }
    }

    /** The console's access as {@code config} sets it. */
    static ConsoleAccess of(RunningConfig config) {
        Optional<LineConfig> console = config.lines().stream()
                .filter(line -> line.kind() == LineKind.CON)
                .findFirst();
        if (console.isEmpty()) {
            return new Open();
        }
        return switch (console.get().login()) {
            case NONE -> new Open();
            case LINE ->
                console.get().password().<ConsoleAccess>map(LinePassword::new).orElseGet(Open::new);
            case LOCAL -> new LocalUsers(config);
        };
    }
}
