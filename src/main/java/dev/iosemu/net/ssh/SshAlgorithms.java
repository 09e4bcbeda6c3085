package dev.iosemu.net.ssh;

import java.util.List;

/**
 * The algorithms an SSH server offers, in order of preference, by their RFC names: what {@code show ip
 * ssh} lists.
 *
 * @param keyExchanges key exchange methods
 * @param hostKeys host key signature algorithms
 * @param ciphers encryption algorithms, each way
 * @param macs message authentication codes, each way
 */
public record SshAlgorithms(List<String> keyExchanges, List<String> hostKeys, List<String> ciphers, List<String> macs) {
    /**
     * What {@link SshServer} offers: IOS-XE 17's modern lists (curve25519 and ECDH, AES-GCM and ChaCha20,
     * SHA-2 MACs, RSA with SHA-2), which OpenSSH 9 and paramiko accept by default, plus the SHA-1 choices of
     * classic IOS 15 at the end for older clients.
     */
    public static final SshAlgorithms OFFERED = ServerAlgorithms.names();

    public SshAlgorithms {
        keyExchanges = List.copyOf(keyExchanges);
        hostKeys = List.copyOf(hostKeys);
        ciphers = List.copyOf(ciphers);
        macs = List.copyOf(macs);
    }
}
