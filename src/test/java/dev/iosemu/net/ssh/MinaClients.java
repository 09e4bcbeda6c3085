package dev.iosemu.net.ssh;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.keyprovider.KeyIdentityProvider;

/** MINA's own client, used raw where a test needs more than {@link SshClient} offers. */
final class MinaClients {
    private MinaClients() {}

    /** A connected session, not logged in, with no keys or passwords of its own; closed with the engine. */
    static ClientSession connect(SshEngine engine, InetSocketAddress server, String user) throws IOException {
        org.apache.sshd.client.SshClient client = org.apache.sshd.client.SshClient.setUpDefaultClient();
        engine.adopt(client);
        client.setKeyIdentityProvider(KeyIdentityProvider.EMPTY_KEYS_PROVIDER);
        client.start();
        ClientSession session =
                client.connect(user, server).verify(SshServerIT.TIMEOUT).getSession();
        session.addCloseFutureListener(future -> client.stop());
        return session;
    }

    static ClientSession login(SshEngine engine, InetSocketAddress server, String user, String password)
            throws IOException {
        ClientSession session = connect(engine, server, user);
        session.addPasswordIdentity(password);
        session.auth().verify(SshServerIT.TIMEOUT);
        return session;
    }

    static String exec(ClientSession session, String command) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ChannelExec channel = session.createExecChannel(command)) {
            channel.setOut(out);
            channel.open().verify(SshServerIT.TIMEOUT);
            channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), SshServerIT.TIMEOUT);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    static ChannelShell shell(ClientSession session) throws IOException {
        ChannelShell shell = session.createShellChannel();
        shell.setPtyType("vt100");
        shell.open().verify(SshServerIT.TIMEOUT);
        return shell;
    }
}
