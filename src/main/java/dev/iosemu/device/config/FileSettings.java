package dev.iosemu.device.config;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * How the device handles and moves files: the prompts of file commands, the check after a copy, the
 * client settings of the transfer protocols and the files it serves itself. Immutable; each {@code with}
 * method returns a changed copy. A new transfer protocol's settings ({@code ip scp server enable},
 * {@code ip http client}) become a component here.
 *
 * @param prompt {@code file prompt}
 * @param verifyAuto {@code file verify auto}: copies check the images they write
 * @param ftp {@code ip ftp ...}
 * @param tftp {@code ip tftp ...}
 * @param tftpServers {@code tftp-server} entries, one per served path, in entry order
 * @param http {@code ip http client ...}
 * @param scpServer {@code ip scp server enable}
 */
public record FileSettings(
        FilePrompt prompt,
        boolean verifyAuto,
        FtpSettings ftp,
        TftpSettings tftp,
        List<TftpServerEntry> tftpServers,
        HttpClientSettings http,
        boolean scpServer) {
    public FileSettings {
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(ftp, "ftp");
        Objects.requireNonNull(tftp, "tftp");
        tftpServers = List.copyOf(tftpServers);
        Objects.requireNonNull(http, "http");
    }

    /**
     * Prompts for destructive operations only, no check after copies, factory transfer settings, nothing
     * served, no SCP server.
     */
    public static FileSettings defaults() {
        return new FileSettings(
                FilePrompt.ALERT,
                false,
                FtpSettings.defaults(),
                TftpSettings.defaults(),
                List.of(),
                HttpClientSettings.defaults(),
                false);
    }

    public FileSettings withHttp(UnaryOperator<HttpClientSettings> change) {
        return new FileSettings(prompt, verifyAuto, ftp, tftp, tftpServers, change.apply(http), scpServer);
    }

    public FileSettings withScpServer(boolean value) {
        return new FileSettings(prompt, verifyAuto, ftp, tftp, tftpServers, http, value);
    }

    public FileSettings withPrompt(FilePrompt value) {
        return new FileSettings(value, verifyAuto, ftp, tftp, tftpServers, http, scpServer);
    }

    public FileSettings withVerifyAuto(boolean value) {
        return new FileSettings(prompt, value, ftp, tftp, tftpServers, http, scpServer);
    }

    public FileSettings withFtp(UnaryOperator<FtpSettings> change) {
        return new FileSettings(prompt, verifyAuto, change.apply(ftp), tftp, tftpServers, http, scpServer);
    }

    public FileSettings withTftp(UnaryOperator<TftpSettings> change) {
        return new FileSettings(prompt, verifyAuto, ftp, change.apply(tftp), tftpServers, http, scpServer);
    }

    /** Adds the {@code tftp-server} entry for a path, replacing an older one for that path (it moves last). */
    public FileSettings withTftpServer(TftpServerEntry entry) {
        return new FileSettings(
                prompt,
                verifyAuto,
                ftp,
                tftp,
                Stream.concat(others(entry.path()), Stream.of(entry)).toList(),
                http,
                scpServer);
    }

    /** {@code no tftp-server PATH}: stops serving the path. */
    public FileSettings withoutTftpServer(String path) {
        return new FileSettings(prompt, verifyAuto, ftp, tftp, others(path).toList(), http, scpServer);
    }

    private Stream<TftpServerEntry> others(String path) {
        return tftpServers.stream().filter(e -> !e.path().equals(path));
    }
}
