package dev.iosemu.cli.commands.copy;

import dev.iosemu.fs.IosLocation;
import dev.iosemu.fs.remote.FtpFile;
import dev.iosemu.fs.remote.RemoteFile;
import dev.iosemu.fs.remote.RemoteTransferEvents;
import dev.iosemu.fs.remote.TftpFile;
import dev.iosemu.net.ftp.FtpConnectionSettings;
import dev.iosemu.net.tftp.TftpClient;
import dev.iosemu.net.tftp.TftpOptions;
import java.util.Locale;

/**
 * Builds the {@code fs.remote} file for one URL from the device's transfer settings:
 * {@code ip tftp blocksize/windowsize} become TFTP options; FTP credentials come from the URL, else
 * {@code ip ftp username/password}, else {@code anonymous}; without a password the device sends
 * {@code username@hostname} (IOS forms {@code username@routername.domain}; the lab has no domain);
 * {@code no ip ftp passive} selects active mode.
 */
final class RemoteEnds {
    private final CopySettings settings;
    private final CopyTimeouts timeouts;
    private final String hostname;

    RemoteEnds(CopySettings settings, CopyTimeouts timeouts, String hostname) {
        this.settings = settings;
        this.timeouts = timeouts;
        this.hostname = hostname;
    }

    RemoteFile file(IosLocation.Url url, RemoteHost host, RemoteTransferEvents events) {
        return switch (url.scheme()) {
            case FTP -> new FtpFile(ftp(url, host), url.path(), events);
            default ->
                new TftpFile(TftpClient.create(timeouts.clock()), host.socket(), url.path(), tftpOptions(), events);
        };
    }

    TftpOptions tftpOptions() {
        TftpOptions.Builder options =
                TftpOptions.builder().timeout(timeouts.tftpTimeout()).retries(timeouts.tftpRetries());
        settings.tftpBlockSize().ifPresent(options::blockSize);
        settings.tftpWindowSize().ifPresent(options::windowSize);
        return options.build();
    }

    FtpConnectionSettings ftp(IosLocation.Url url, RemoteHost host) {
        String username = url.userInfo()
                .map(IosLocation.UserInfo::username)
                .or(settings::ftpUsername)
                .orElse("anonymous");
        String password = url.userInfo()
                .flatMap(IosLocation.UserInfo::password)
                .or(settings::ftpPassword)
                .orElse(username + "@" + hostname.toLowerCase(Locale.ROOT));
        return FtpConnectionSettings.builder(host.socket().getAddress().getHostAddress())
                .port(host.socket().getPort())
                .credentials(username, password)
                .passive(settings.ftpPassive())
                .connectTimeout(timeouts.ftpConnect())
                .dataTimeout(timeouts.ftpData())
                .build();
    }
}
