package dev.iosemu.cli.commands.ssh;

import dev.iosemu.net.ssh.SshConnectionInfo;
import java.util.List;
import java.util.OptionalInt;

/** The SSH connections of the device now, as {@code show ssh} lists them; the app's SSH server answers. */
@FunctionalInterface
public interface SshConnections {
    /**
     * One connection and the vty line its shell runs on (empty while it logs in or runs an exec request).
     *
     * @param line the vty number
     * @param info the connection
     */
    record Row(OptionalInt line, SshConnectionInfo info) {}

    List<Row> rows();

    /** A device without an SSH server. */
    static SshConnections none() {
        return List::of;
    }
}
