package dev.iosemu.cli.commands.copy;

import dev.iosemu.fs.IosLocation;
import dev.iosemu.fs.remote.RemoteFile;
import dev.iosemu.fs.remote.RemoteTransferEvents;
import dev.iosemu.fs.remote.TftpFile;
import dev.iosemu.net.tftp.TftpClient;
import dev.iosemu.net.tftp.TftpOptions;

/**
 * Opens a file on a TFTP server: {@code ip tftp blocksize/windowsize} become TFTP options, and the copy
 * timeouts give the retransmission timeout, retries and clock.
 */
final class TftpRemote {
    private TftpRemote() {}

    static RemoteFile open(IosLocation.Url url, RemoteHost host, RemoteContext context, RemoteTransferEvents events) {
        TftpClient client =
                TftpClient.create(context.datagrams(), context.timeouts().clock());
        return new TftpFile(client, host.socket(), url.path(), options(context), events);
    }

    static TftpOptions options(RemoteContext context) {
        CopyTimeouts timeouts = context.timeouts();
        TftpOptions.Builder options =
                TftpOptions.builder().timeout(timeouts.tftpTimeout()).retries(timeouts.tftpRetries());
        context.settings().tftpBlockSize().ifPresent(options::blockSize);
        context.settings().tftpWindowSize().ifPresent(options::windowSize);
        return options.build();
    }
}
