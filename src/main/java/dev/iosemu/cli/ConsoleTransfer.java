package dev.iosemu.cli;

import dev.iosemu.net.xmodem.XmodemLink;
import java.io.IOException;
import java.util.Optional;

/**
 * Where a console's raw bytes come from when a boot loader receives a file over XMODEM ({@code copy xmodem:}):
 * the terminal itself in raw mode, or a terminal program iosemu plays that sends a host file.
 */
@FunctionalInterface
public interface ConsoleTransfer {
    /** A console that cannot carry a transfer (a script's text lines, the Java API's answers). */
    ConsoleTransfer NONE = Optional::empty;

    /** The link for one transfer, to be closed after it; empty when this console cannot carry one. */
    Optional<XmodemLink> open() throws IOException;
}
