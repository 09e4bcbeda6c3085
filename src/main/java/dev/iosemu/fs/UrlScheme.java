package dev.iosemu.fs;

import dev.iosemu.net.StandardPort;
import java.util.Locale;
import java.util.Optional;

/** The network file-system schemes an IOS location may name, with their standard ports. */
public enum UrlScheme {
    TFTP("tftp", StandardPort.TFTP),
    FTP("ftp", StandardPort.FTP),
    SCP("scp", StandardPort.SSH),
    SFTP("sftp", StandardPort.SSH),
    HTTP("http", StandardPort.HTTP),
    HTTPS("https", StandardPort.HTTPS),
    RCP("rcp", StandardPort.RSH);

    private final String name;
    private final StandardPort defaultPort;

    UrlScheme(String name, StandardPort defaultPort) {
        this.name = name;
        this.defaultPort = defaultPort;
    }

    /** The scheme as IOS writes it, without the colon: {@code tftp}. */
    public String schemeName() {
        return name;
    }

    /** The file-system prefix form: {@code tftp:}. */
    public String prefix() {
        return name + ":";
    }

    public int defaultPort() {
        return defaultPort.number();
    }

    /** Finds the scheme named by {@code name} (no colon), ignoring case. */
    public static Optional<UrlScheme> fromName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (UrlScheme scheme : values()) {
            if (scheme.name.equals(lower)) {
                return Optional.of(scheme);
            }
        }
        return Optional.empty();
    }
}
