package dev.iosemu.cli.commands.copy;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The running-config settings a copy reads: {@code ip tftp blocksize|windowsize|source-interface},
 * {@code ip ftp username|password|passive|source-interface}, {@code ip http client
 * username|password|source-interface}, {@code ip ssh source-interface} (the SSH client of {@code copy scp:}),
 * {@code file prompt quiet} and {@code file verify auto}.
 *
 * @param ftpPassword the password in clear (decrypted from type 7 when stored so)
 * @param http the {@code ip http client} settings, the password in clear
 */
record CopySettings(
        OptionalInt tftpBlockSize,
        OptionalInt tftpWindowSize,
        Optional<String> tftpSourceInterface,
        Optional<String> ftpUsername,
        Optional<String> ftpPassword,
        boolean ftpPassive,
        Optional<String> ftpSourceInterface,
        boolean quietFilePrompt,
        boolean verifyAuto,
        HttpClient http,
        Optional<String> sshSourceInterface) {
    CopySettings {
        Objects.requireNonNull(tftpBlockSize, "tftpBlockSize");
        Objects.requireNonNull(tftpWindowSize, "tftpWindowSize");
        Objects.requireNonNull(tftpSourceInterface, "tftpSourceInterface");
        Objects.requireNonNull(ftpUsername, "ftpUsername");
        Objects.requireNonNull(ftpPassword, "ftpPassword");
        Objects.requireNonNull(ftpSourceInterface, "ftpSourceInterface");
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(sshSourceInterface, "sshSourceInterface");
    }

    /** {@code ip http client username|password|source-interface}, the password in clear. */
    record HttpClient(Optional<String> username, Optional<String> password, Optional<String> sourceInterface) {
        static final HttpClient NONE = new HttpClient(Optional.empty(), Optional.empty(), Optional.empty());
    }

    Optional<String> httpSourceInterface() {
        return http.sourceInterface();
    }
}
