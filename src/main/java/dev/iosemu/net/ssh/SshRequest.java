package dev.iosemu.net.ssh;

import java.util.Objects;

/** What a client asked to run on a session channel (RFC 4254 section 6.5). */
public sealed interface SshRequest {
    /** An interactive shell ({@code ssh host}). */
    record Shell() implements SshRequest {}

    /** One command ({@code ssh host "show version"}), as the client sent it. */
    record Exec(String command) implements SshRequest {
        public Exec {
            Objects.requireNonNull(command, "command");
        }
    }
}
