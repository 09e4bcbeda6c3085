package dev.iosemu.cli.commands.copy;

import dev.iosemu.fs.IosLocation;
import dev.iosemu.fs.remote.FtpFile;
import dev.iosemu.fs.remote.RemoteFile;
import dev.iosemu.fs.remote.RemoteTransferEvents;
import dev.iosemu.net.ftp.FtpConnectionSettings;
import java.util.Locale;

/**
 * Opens a file on an FTP server: credentials come from the URL, else {@code ip ftp username/password},
 * else {@code anonymous}; without a password the device sends {@code username@hostname} (IOS forms
 * {@code username@routername.domain}; the lab has no domain); {@code no ip ftp passive} selects active
 * mode.
 */
final class FtpRemote {
    private FtpRemote() {}

    static RemoteFile open(IosLocation.Url url, RemoteHost host, RemoteContext context, RemoteTransferEvents events) {
        return new FtpFile(settings(url, host, context), url.path(), events);
    }

    static FtpConnectionSettings settings(IosLocation.Url url, RemoteHost host, RemoteContext context) {
        CopySettings settings = context.settings();
        String username = url.userInfo()
                .map(IosLocation.UserInfo::username)
                .or(settings::ftpUsername)
                .orElse("anonymous");
        String password = url.userInfo()
                .flatMap(IosLocation.UserInfo::password)
                .or(settings::ftpPassword)
                .orElse(username + "@" + context.hostname().toLowerCase(Locale.ROOT));
        return FtpConnectionSettings.builder(host.socket().getAddress().getHostAddress())
                .port(host.socket().getPort())
                .credentials(username, password)
                .passive(settings.ftpPassive())
                .connectTimeout(context.timeouts().ftpConnect())
                .dataTimeout(context.timeouts().ftpData())
                .build();
    }
}
