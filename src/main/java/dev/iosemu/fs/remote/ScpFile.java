package dev.iosemu.fs.remote;

import dev.iosemu.fs.copy.TransferListener;
import dev.iosemu.net.ssh.SshClient;
import dev.iosemu.net.ssh.SshLoginException;
import dev.iosemu.net.ssh.scp.ScpClient;
import dev.iosemu.net.ssh.scp.ScpHeader;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A file on an SCP server (an OpenSSH host, the lab, another device): each transfer logs in over SSH with
 * the device's key pair when it has one and the server takes it, else with a password, then fetches ({@code scp -f}) or sends ({@code scp -t}) the one file. The server's {@code C}
 * line reaches the copy engine's space check before the first byte, and the console as the line IOS
 * prints. Failures are {@link dev.iosemu.net.ssh.SshLoginException}, {@link
 * dev.iosemu.net.ssh.scp.ScpException} or the socket's, except that what our side threw (out of space,
 * cancelled) is rethrown unchanged. Each transfer runs on the calling thread.
 *
 * @param server where the SSH server listens
 * @param user the login name
 * @param identity the device's key pair and the password, asked for only if the key is refused
 * @param timeout how long to wait for the server at each step of the login and at the end
 * @param path the path on the server, as the server's {@code scp} takes it
 * @param events console progress and the lines of {@code debug ip scp}
 */
public record ScpFile(
        InetSocketAddress server,
        String user,
        SshIdentity identity,
        Duration timeout,
        String path,
        RemoteTransferEvents events)
        implements RemoteFile {
    public ScpFile {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(events, "events");
    }

    @Override
    public void transferTo(WritableByteChannel target, TransferListener listener) throws IOException {
        try (SshClient client = login()) {
            trace("Sending scp -f " + path);
            ScpClient.fetch(
                    client,
                    path,
                    header -> {
                        trace("Received " + header.line());
                        listener.sizeKnown(header.size());
                        events.described(header.line());
                        events.started(OptionalLong.of(header.size()));
                        return ProgressChannels.writing(target, events);
                    },
                    timeout);
        }
    }

    @Override
    public void upload(ReadableByteChannel source, long size) throws IOException {
        ScpHeader header = ScpHeader.of(size, path.substring(path.lastIndexOf('/') + 1));
        try (SshClient client = login()) {
            trace("Sending scp -t " + path);
            events.described(header.line());
            events.started(OptionalLong.of(size));
            ScpClient.send(client, path, header, ProgressChannels.reading(source, events), timeout);
        }
    }

    private SshClient login() throws IOException {
        trace("Logging in as " + user);
        SshClient client = connect();
        trace("Logged in, server " + client.serverVersion());
        return client;
    }

    /**
     * Offers the device's key first, as IOS's client does; a server that refuses it gets a second connection
     * with the password (asked for now, on this thread, rather than inside the SSH engine's exchange).
     */
    private SshClient connect() throws IOException {
        Optional<KeyPair> key = identity.key().get();
        if (key.isPresent()) {
            try {
                return SshClient.connect(server, user, key.get(), timeout);
            } catch (SshLoginException e) {
                trace("Public key refused, trying password");
            }
        }
        return SshClient.connect(server, user, identity.password().get(), timeout);
    }

    private void trace(String line) {
        events.trace(TraceKind.EVENT, "SCP: " + line);
    }
}
