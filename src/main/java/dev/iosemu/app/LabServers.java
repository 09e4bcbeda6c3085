package dev.iosemu.app;

import dev.iosemu.net.ftp.FtpAccount;
import dev.iosemu.net.ftp.FtpServer;
import dev.iosemu.net.ftp.FtpServerConfig;
import dev.iosemu.net.tftp.RootDirectoryStore;
import dev.iosemu.net.tftp.TftpServer;
import dev.iosemu.net.tftp.TftpServerConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;

/**
 * The lab TFTP and FTP servers over one root folder, started together and closed together: embedded in
 * {@code run} (serving {@code images/} at the profile's lab address) and alone in {@code serve}.
 */
final class LabServers implements AutoCloseable {
    private final TftpServer tftp;
    private final FtpServer ftp;

    private LabServers(TftpServer tftp, FtpServer ftp) {
        this.tftp = tftp;
        this.ftp = ftp;
    }

    /** What to serve and where; ports may be 0 for free ones. */
    record Settings(
            Path root,
            InetAddress bindAddress,
            int tftpPort,
            int ftpPort,
            boolean writable,
            List<FtpAccount> ftpAccounts,
            boolean anonymousFtp) {}

    static LabServers start(Settings settings) throws IOException {
        TftpServer tftp = TftpServer.start(TftpServerConfig.builder(RootDirectoryStore.of(settings.root()))
                .bindAddress(settings.bindAddress())
                .port(settings.tftpPort())
                .writable(settings.writable())
                .build());
        try {
            FtpServerConfig.Builder ftpConfig = FtpServerConfig.builder(settings.root())
                    .bindAddress(settings.bindAddress())
                    .port(settings.ftpPort())
                    .anonymousEnabled(settings.anonymousFtp());
            settings.ftpAccounts().forEach(ftpConfig::account);
            return new LabServers(tftp, FtpServer.start(ftpConfig.build()));
        } catch (IOException | RuntimeException e) {
            tftp.close();
            throw e;
        }
    }

    InetSocketAddress tftpAddress() {
        return tftp.address();
    }

    InetSocketAddress ftpAddress() {
        return ftp.address();
    }

    /** {@code 127.0.0.1:6969}, as the app prints where a server listens. */
    static String hostPort(InetSocketAddress address) {
        return address.getAddress().getHostAddress() + ":" + address.getPort();
    }

    @Override
    public void close() {
        try {
            ftp.close();
        } finally {
            tftp.close();
        }
    }
}
