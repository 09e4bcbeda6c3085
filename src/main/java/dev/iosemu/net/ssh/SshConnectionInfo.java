package dev.iosemu.net.ssh;

import java.net.InetSocketAddress;
import java.util.Optional;

/**
 * One SSH connection to a server as {@code show ssh} reports it: who, from where, how far it got and what
 * it negotiated each way.
 *
 * @param peer the client's address and port
 * @param user the login name, once the client has sent one
 * @param authenticated whether the login succeeded
 * @param clientVersion the client's identification string ({@code SSH-2.0-OpenSSH_9.2p1 …}), once received
 * @param cipherIn the cipher from client to server, once negotiated (empty before)
 * @param cipherOut the cipher from server to client
 * @param macIn the MAC from client to server (AEAD ciphers such as aes128-gcm make it unused)
 * @param macOut the MAC from server to client
 */
public record SshConnectionInfo(
        InetSocketAddress peer,
        Optional<String> user,
        boolean authenticated,
        Optional<String> clientVersion,
        Optional<String> cipherIn,
        Optional<String> cipherOut,
        Optional<String> macIn,
        Optional<String> macOut) {}
