package dev.iosemu.net.ssh.scp;

import java.io.IOException;

/**
 * The files an SCP server offers, as {@link ScpServing} asks for them. The text of an {@link IOException}
 * either method throws is what the client is told ({@code flash:/x: No such file or directory}).
 */
public interface ScpFiles {
    /**
     * Opens the file a client is about to send to {@code path} (a file, or a directory the {@code header}'s
     * name goes into), having checked that {@code header.size()} bytes fit; nothing is visible until {@link
     * ScpIncoming#commit()}.
     */
    ScpIncoming create(String path, ScpHeader header) throws IOException;

    /** Opens the file at {@code path} for a client to fetch. */
    ScpOutgoing open(String path) throws IOException;
}
