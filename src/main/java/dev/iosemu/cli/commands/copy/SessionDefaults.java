package dev.iosemu.cli.commands.copy;

import java.util.Optional;

/**
 * What IOS remembers between copies of one session: the last remote host and file name, offered as
 * the defaults of the next {@code Address or name of remote host []?} and {@code Source filename []?}.
 * Confined to the session's thread.
 */
final class SessionDefaults {
    private String host = "";
    private String file = "";

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
