package dev.iosemu.cli.commands.copy;

import dev.iosemu.fs.IosLocation;
import dev.iosemu.fs.remote.RemoteFile;
import dev.iosemu.fs.remote.RemoteTransferEvents;
import dev.iosemu.fs.remote.ScpFile;

/**
 * Opens a file on an SCP server: the user name is the one the copy asked for (or the URL carried), kept in
 * the URL's user information; the device's key is offered first, then the URL's password or, without one,
 * the password typed at {@code Password:}. A server that does not answer within the connect timeout fails
 * the copy.
 */
final class ScpRemote {
    private ScpRemote() {}

    static RemoteFile open(IosLocation.Url url, RemoteHost host, RemoteContext context, RemoteTransferEvents events) {
        IosLocation.UserInfo login =
                url.userInfo().orElseThrow(() -> new IllegalArgumentException("an SCP URL needs a user: " + url));
        return new ScpFile(
                host.socket(),
                login.username(),
                login.password().map(context.ssh()::withPassword).orElse(context.ssh()),
                context.timeouts().connect(),
                url.path(),
                events);
    }
}
