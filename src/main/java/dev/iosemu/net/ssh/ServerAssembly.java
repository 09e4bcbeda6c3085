package dev.iosemu.net.ssh;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.apache.sshd.common.channel.ChannelFactory;
import org.apache.sshd.common.global.KeepAliveHandler;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.ServerBuilder;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.keyboard.UserAuthKeyboardInteractiveFactory;
import org.apache.sshd.server.auth.password.UserAuthPasswordFactory;
import org.apache.sshd.server.auth.pubkey.RejectAllPublickeyAuthenticator;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.server.channel.ChannelSessionFactory;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;
import org.apache.sshd.server.global.NoMoreSessionsHandler;

/**
 * Builds the MINA server behind {@link dev.iosemu.net.ssh.SshServer}: the one place that decides what of
 * MINA is used. Only session channels (no direct-tcpip), no subsystems (so no SFTP), no forwarding of
 * ports, agents or X11, public keys listed but refused, passwords and keyboard-interactive checked by the
 * caller.
 */
final class ServerAssembly {
    private ServerAssembly() {}

    static SshServer assemble(SshServerConfig config, SshSessionHandler handler, Supplier<SshAuthLimits> limits) {
        List<ChannelFactory> sessionChannelsOnly = List.of(ChannelSessionFactory.INSTANCE);
        SshServer server = ServerBuilder.builder()
                .keyExchangeFactories(ServerAlgorithms.keyExchanges())
                .signatureFactories(ServerAlgorithms.hostKeys())
                .cipherFactories(ServerAlgorithms.ciphers())
                .macFactories(ServerAlgorithms.macs())
                .compressionFactories(ServerAlgorithms.compressions())
                .channelFactories(sessionChannelsOnly)
                .globalRequestHandlers(List.of(KeepAliveHandler.INSTANCE, NoMoreSessionsHandler.INSTANCE))
                .forwardingFilter(RejectAllForwardingFilter.INSTANCE)
                .publickeyAuthenticator(RejectAllPublickeyAuthenticator.INSTANCE)
                .build();
        server.setHost(config.bindAddress().getHostAddress());
        server.setPort(config.port());
        server.setKeyPairProvider(new HostKeyProvider(config.hostKey()));
        // the order IOS lists them in: publickey,keyboard-interactive,password
        server.setUserAuthFactories(List.of(
                UserAuthPublicKeyFactory.INSTANCE,
                UserAuthKeyboardInteractiveFactory.INSTANCE,
                UserAuthPasswordFactory.INSTANCE));
        server.setPasswordAuthenticator(new PasswordCheck(config.authenticator(), limits));
        server.setShellFactory(channel -> new SessionCommand(handler, new SshRequest.Shell()));
        server.setCommandFactory((channel, command) -> new SessionCommand(handler, new SshRequest.Exec(command)));
        server.setSubsystemFactories(List.of());
        CoreModuleProperties.SERVER_IDENTIFICATION.set(server, config.softwareVersion());
        CoreModuleProperties.AUTH_TIMEOUT.set(server, config.authLimits().timeout());
        // an idle session is the line's business (exec-timeout), not the transport's
        CoreModuleProperties.IDLE_TIMEOUT.set(server, Duration.ZERO);
        CoreModuleProperties.TCP_NODELAY.set(server, true);
        return server;
    }

    static void changeAuthTimeout(SshServer server, Duration timeout) {
        CoreModuleProperties.AUTH_TIMEOUT.set(server, timeout);
    }
}
