package dev.iosemu.cli.commands.copy;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The running-config settings a copy reads: {@code ip tftp blocksize|windowsize|source-interface},
 * {@code ip ftp username|password|passive|source-interface}, {@code file prompt quiet} and
 * {@code file verify auto}.
 *
 * @param ftpPassword the password in clear (decrypted from type 7 when stored so)
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
        boolean verifyAuto) {
    CopySettings {
        Objects.requireNonNull(tftpBlockSize, "tftpBlockSize");
        Objects.requireNonNull(tftpWindowSize, "tftpWindowSize");
        Objects.requireNonNull(tftpSourceInterface, "tftpSourceInterface");
        Objects.requireNonNull(ftpUsername, "ftpUsername");
        Objects.requireNonNull(ftpPassword, "ftpPassword");
        Objects.requireNonNull(ftpSourceInterface, "ftpSourceInterface");
    }
}
