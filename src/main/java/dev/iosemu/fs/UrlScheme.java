package dev.iosemu.fs;

import java.util.Locale;
import java.util.Optional;

/** The network file-system schemes an IOS location may name, with their standard ports. */
public enum UrlScheme {
    TFTP("tftp", 69),
    FTP("ftp", 21),
    SCP("scp", 22),
    SFTP("sftp", 22),
    HTTP("http", 80),
    HTTPS("https", 443),
    RCP("rcp", 514);

    private final String name;
    private final int defaultPort;

    UrlScheme(String name, int defaultPort) {
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
        return defaultPort;
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
