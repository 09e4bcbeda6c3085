package dev.iosemu.net.ftp;

import java.io.FilterInputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;

/**
 * A served file's stream that also gives its channel, so that a download can skip the stream (see
 * {@link ChannelDataConnection}). Closing either closes both.
 *
 * <p>Confined to the session's command thread, like the channel's position.
 */
final class FileInput extends FilterInputStream {
    private final FileChannel channel;

    FileInput(FileChannel channel) {
        super(Channels.newInputStream(channel));
        this.channel = channel;
    }

    FileChannel channel() {
        return channel;
    }
}
