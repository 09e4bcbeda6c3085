package dev.iosemu.app;

import dev.iosemu.cli.ConsoleTransfer;
import dev.iosemu.net.LastResort;
import dev.iosemu.net.xmodem.XmodemLink;
import dev.iosemu.net.xmodem.XmodemPipe;
import dev.iosemu.net.xmodem.XmodemSender;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The terminal program of {@code run --xmodem-file FILE}: each time the console's loader starts an XMODEM
 * transfer ({@code copy xmodem:}), it sends FILE over the real protocol, as a user's terminal program would,
 * from a thread of its own. A script's console has no raw bytes of its own to send, so this stands in for them.
 */
public final class XmodemFileTerminal implements ConsoleTransfer {
    private static final System.Logger LOG = System.getLogger(XmodemFileTerminal.class.getName());

    private final Path file;

    /** A terminal program that sends {@code file} (read anew for each transfer). */
    public XmodemFileTerminal(Path file) {
        this.file = file;
    }

    @Override
    public Optional<XmodemLink> open() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString());
        }
        SeekableByteChannel in = Files.newByteChannel(file);
        XmodemPipe pipe = new XmodemPipe();
        LastResort.virtual("xmodem-send").start(() -> send(pipe.far(), in));
        return Optional.of(pipe.near());
    }

    private void send(XmodemLink link, SeekableByteChannel in) {
        try (link;
                in) {
            XmodemSender.send(link, in);
        } catch (IOException e) {
            // the loader reports the failed transfer on the console; this is the sender's side of it
            LOG.log(System.Logger.Level.DEBUG, () -> "xmodem send of " + file + " ended: " + e.getMessage());
        }
    }
}
