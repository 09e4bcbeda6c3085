package dev.iosemu.app;

import dev.iosemu.net.ftp.FtpAccount;
import dev.iosemu.net.ftp.FtpServer;
import dev.iosemu.net.ftp.FtpServerConfig;
import dev.iosemu.net.http.LabHttpServer;
import dev.iosemu.net.ssh.SshHostKey;
import dev.iosemu.net.ssh.scp.ScpAccount;
import dev.iosemu.net.ssh.scp.ScpFileServer;
import dev.iosemu.net.tftp.RootDirectoryStore;
import dev.iosemu.net.tftp.TftpFileStore;
import dev.iosemu.net.tftp.TftpServer;
import dev.iosemu.net.tftp.TftpServerConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;

/**
 * The lab TFTP, FTP, SCP, HTTP and HTTPS servers over one root folder, started together and closed together: embedded
 * in {@code run} (serving {@code images/} at the profile's lab address) and alone in {@code serve}. The SCP
 * server takes the FTP accounts as its logins, each confined to its home as on FTP; HTTP(S) is read-only.
 */
final class LabServers implements AutoCloseable {
    private final TftpServer tftp;
    private final FtpServer ftp;
    private final ScpFileServer scp;
    private final LabHttpServer http;
    private final LabHttpServer https;

    private LabServers(TftpServer tftp, FtpServer ftp, ScpFileServer scp, LabHttpServer http, LabHttpServer https) {
        this.tftp = tftp;
        this.ftp = ftp;
        this.scp = scp;
        this.http = http;
        this.https = https;
    }

    /** What TFTP write requests may do. */
    enum TftpWrites {
        /** Every WRQ is refused ({@code serve} without {@code --writable}). */
        REFUSED,
        /** Files are written anywhere under the root ({@code serve --writable}). */
        ANYWHERE,
        /** Files are written into the root's {@code upload/} folder (the lab embedded in {@code run}). */
        UPLOAD_FOLDER
    }

    /** What to serve and where; ports may be 0 for free ones. */
    record Settings(
            Path root,
            InetAddress bindAddress,
            int tftpPort,
            int ftpPort,
            int scpPort,
            int httpPort,
            int httpsPort,
            TftpWrites tftpWrites,
            List<FtpAccount> ftpAccounts,
            boolean anonymousFtp) {}

    static LabServers start(Settings settings) throws IOException {
        TftpFileStore store = settings.tftpWrites() == TftpWrites.UPLOAD_FOLDER
                ? new LabTftpStore(settings.root())
                : RootDirectoryStore.of(settings.root());
        TftpServer tftp = TftpServer.start(TftpServerConfig.builder(store)
                .bindAddress(settings.bindAddress())
                .port(settings.tftpPort())
                .writable(settings.tftpWrites() != TftpWrites.REFUSED)
                .platformListener(true) // one per lab: its requests are answered sooner
                .build());
        try {
            FtpServerConfig.Builder ftpConfig = FtpServerConfig.builder(settings.root())
                    .bindAddress(settings.bindAddress())
                    .port(settings.ftpPort())
                    .anonymousEnabled(settings.anonymousFtp());
            settings.ftpAccounts().forEach(ftpConfig::account);
            FtpServer ftp = FtpServer.start(ftpConfig.build());
            try {
                return startTcp(settings, tftp, ftp);
            } catch (IOException | RuntimeException e) {
                ftp.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            tftp.close();
            throw e;
        }
    }

    private static LabServers startTcp(Settings settings, TftpServer tftp, FtpServer ftp) throws IOException {
        ScpFileServer scp = startScp(settings);
        LabHttpServer http = null;
        try {
            http = LabHttpServer.start(settings.bindAddress(), settings.httpPort(), settings.root(), false);
            LabHttpServer https =
                    LabHttpServer.start(settings.bindAddress(), settings.httpsPort(), settings.root(), true);
            return new LabServers(tftp, ftp, scp, http, https);
        } catch (IOException | RuntimeException e) {
            if (http != null) {
                http.close();
            }
            scp.close();
            throw e;
        }
    }

    private static ScpFileServer startScp(Settings settings) throws IOException {
        List<ScpAccount> accounts = settings.ftpAccounts().stream()
                .filter(account -> !account.name().equals(FtpAccount.ANONYMOUS))
                .map(account -> new ScpAccount(account.name(), account.password(), account.home(), account.writable()))
                .toList();
        return ScpFileServer.start(
                settings.bindAddress(),
                settings.scpPort(),
                settings.root(),
                accounts,
                SshHostKey.generatedOnFirstUse(2048));
    }

    InetSocketAddress tftpAddress() {
        return tftp.address();
    }

    InetSocketAddress ftpAddress() {
        return ftp.address();
    }

    InetSocketAddress scpAddress() {
        return scp.address();
    }

    InetSocketAddress httpAddress() {
        return http.address();
    }

    InetSocketAddress httpsAddress() {
        return https.address();
    }

    /** {@code 127.0.0.1:6969}, as the app prints where a server listens. */
    static String hostPort(InetSocketAddress address) {
        return address.getAddress().getHostAddress() + ":" + address.getPort();
    }

    @Override
    public void close() {
        try {
            https.close();
            http.close();
            scp.close();
            ftp.close();
        } finally {
            tftp.close();
        }
    }
}
