package dev.iosemu.cli.commands.copy;

import dev.iosemu.cli.CliSession;
import java.util.Optional;

/**
 * What IOS remembers between copies of one session: the last remote host (its address or name, without a
 * port) and file name, offered as the defaults of the next {@code Address or name of remote host []?} and
 * {@code Source filename []?}. Kept as a session attribute, so a reload, which starts a fresh session,
 * forgets them as IOS does. Confined to the session's thread.
 */
final class SessionDefaults {
    private static final String ATTRIBUTE = "copy.defaults";

    private String host = "";
    private String file = "";

    /** The defaults of {@code session}, empty at first. */
    static SessionDefaults of(CliSession session) {
        return session.attribute(ATTRIBUTE, SessionDefaults.class).orElseGet(() -> {
            SessionDefaults fresh = new SessionDefaults();
            session.setAttribute(ATTRIBUTE, fresh);
            return fresh;
        });
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
