package dev.iosemu.fs.remote;

import dev.iosemu.net.ftp.FtpTransferListener;
import java.util.OptionalLong;

/**
 * Turns the FTP client's callbacks into {@link RemoteTransferEvents}; the first payload byte also
 * counts as the start when the server did not tell the size. Confined to the transferring thread.
 */
final class FtpEventBridge implements FtpTransferListener {
    private final RemoteTransferEvents events;
    private final StartOnce start;

    FtpEventBridge(RemoteTransferEvents events) {
        this.events = events;
        this.start = new StartOnce(events);
    }

    void start(OptionalLong size) {
        start.start(size);
    }

    @Override
    public void onBytes(long n) {
        start.start(OptionalLong.empty());
        events.transferred(n);
    }

    @Override
    public void onCommand(String line) {
        events.trace(TraceKind.DIALOGUE, "FTP: ---> " + line);
    }

    @Override
    public void onReply(int code, String text) {
        events.trace(TraceKind.DIALOGUE, "FTP: " + code + " " + text.replace("\n", "\nFTP: "));
    }
}
