package dev.iosemu.cli.commands.copy;

import dev.iosemu.cli.CliSession;
import dev.iosemu.cli.SessionKey;
import java.util.Optional;

/**
 * What IOS remembers between copies of one session: the last remote host (its address or name, without a
 * port) and file name, offered as the defaults of the next {@code Address or name of remote host []?} and
 * {@code Source filename []?}. Kept as a session value, so a reload, which starts a fresh session,
 * forgets them as IOS does. Confined to the session's thread.
 */
final class SessionDefaults {
    /** Where a session keeps its defaults. */
    private static final SessionKey<SessionDefaults> KEY = SessionKey.of("copy defaults");

    private String host = "";
    private String file = "";

    /** The defaults of {@code session}, empty at first. */
    static SessionDefaults of(CliSession session) {
        return session.computeIfAbsent(KEY, SessionDefaults::new);
    }

    String host() {
        return host;
    }

    String file() {
        return file;
    }

    void remember(String host, Optional<String> file) {
        this.host = host;
        file.ifPresent(name -> this.file = name);
    }
}
