package dev.iosemu.device.config;

import java.util.Objects;
import java.util.Optional;

/**
 * A file the device itself serves by TFTP ({@code tftp-server flash:FILE [alias NAME]}).
 *
 * @param path the served file as typed, such as {@code flash:c1900-universalk9-mz.SPA.157-3.M8.bin}
 * @param alias the name clients ask for instead, if any
 */
public record TftpServerEntry(String path, Optional<String> alias) {
    public TftpServerEntry {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(alias, "alias");
    }

    /** The running-config line. */
    public String render() {
        return "tftp-server " + path + alias.map(name -> " alias " + name).orElse("");
    }
}
