package dev.iosemu.net.ssh;

import java.util.List;
import org.apache.sshd.common.NamedFactory;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.OptionalFeature;
import org.apache.sshd.common.cipher.BuiltinCiphers;
import org.apache.sshd.common.cipher.Cipher;
import org.apache.sshd.common.compression.BuiltinCompressions;
import org.apache.sshd.common.compression.Compression;
import org.apache.sshd.common.kex.BuiltinDHFactories;
import org.apache.sshd.common.kex.KeyExchangeFactory;
import org.apache.sshd.common.mac.BuiltinMacs;
import org.apache.sshd.common.mac.Mac;
import org.apache.sshd.common.signature.BuiltinSignatures;
import org.apache.sshd.common.signature.Signature;
import org.apache.sshd.server.ServerBuilder;

/** The server's algorithm lists as MINA factories; {@link SshAlgorithms#OFFERED} is their names. */
final class ServerAlgorithms {
    // dhg14 (diffie-hellman-group14-sha1), deprecated in MINA, is what older clients of IOS's SSH server agree on
    @SuppressWarnings("deprecation")
    private static final List<BuiltinDHFactories> KEY_EXCHANGES = List.of(
            BuiltinDHFactories.curve25519,
            BuiltinDHFactories.curve25519_libssh,
            BuiltinDHFactories.ecdhp256,
            BuiltinDHFactories.ecdhp384,
            BuiltinDHFactories.ecdhp521,
            BuiltinDHFactories.dhg14_256,
            BuiltinDHFactories.dhg16_512,
            BuiltinDHFactories.dhg14);

    private static final List<BuiltinSignatures> HOST_KEYS =
            List.of(BuiltinSignatures.rsaSHA512, BuiltinSignatures.rsaSHA256, BuiltinSignatures.rsa);

    private static final List<BuiltinCiphers> CIPHERS = List.of(
            BuiltinCiphers.cc20p1305_openssh,
            BuiltinCiphers.aes128gcm,
            BuiltinCiphers.aes256gcm,
            BuiltinCiphers.aes128ctr,
            BuiltinCiphers.aes192ctr,
            BuiltinCiphers.aes256ctr);

    private static final List<BuiltinMacs> MACS = List.of(
            BuiltinMacs.hmacsha256etm,
            BuiltinMacs.hmacsha512etm,
            BuiltinMacs.hmacsha256,
            BuiltinMacs.hmacsha512,
            BuiltinMacs.hmacsha1);

    private ServerAlgorithms() {}

    static SshAlgorithms names() {
        return new SshAlgorithms(names(KEY_EXCHANGES), names(HOST_KEYS), names(CIPHERS), names(MACS));
    }

    private static List<String> names(List<? extends NamedResource> factories) {
        return factories.stream().map(NamedResource::getName).toList();
    }

    static List<KeyExchangeFactory> keyExchanges() {
        return supported(KEY_EXCHANGES).stream().map(ServerBuilder.DH2KEX).toList();
    }

    static List<NamedFactory<Signature>> hostKeys() {
        return List.copyOf(supported(HOST_KEYS));
    }

    static List<NamedFactory<Cipher>> ciphers() {
        return List.copyOf(supported(CIPHERS));
    }

    static List<NamedFactory<Mac>> macs() {
        return List.copyOf(supported(MACS));
    }

    // an algorithm this JDK cannot run fails the server's start, not a client's key exchange later
    private static <T extends NamedResource & OptionalFeature> List<T> supported(List<T> algorithms) {
        algorithms.stream()
                .filter(algorithm -> !algorithm.isSupported())
                .findFirst()
                .ifPresent(missing -> {
                    throw new IllegalStateException("this JDK lacks the SSH algorithm " + missing.getName());
                });
        return algorithms;
    }

    static List<NamedFactory<Compression>> compressions() {
        return List.of(BuiltinCompressions.none);
    }
}
