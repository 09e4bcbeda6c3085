package dev.iosemu.net.ftp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.NotDirectoryException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.ftpserver.ConnectionConfigFactory;
import org.apache.ftpserver.DataConnectionConfigurationFactory;
import org.apache.ftpserver.FtpServerFactory;
import org.apache.ftpserver.ftplet.FtpException;
import org.apache.ftpserver.listener.Listener;
import org.apache.ftpserver.listener.ListenerFactory;

/**
 * The lab FTP server (RFC 959 with SIZE, MDTM, EPSV, EPRT from Apache MINA FtpServer), serving a
 * {@link java.nio.file.Path} tree on any file system with each login confined to its home.
 *
 * <p>Thread-safe. {@link #start} returns once the server listens; it serves each session on MINA's own
 * threads until {@link #close()}, which any thread may call, more than once.
 */
public final class FtpServer implements AutoCloseable {
    private static final String LISTENER = "default";

    private final org.apache.ftpserver.FtpServer server;
    private final InetSocketAddress address;
    private final AtomicBoolean closed = new AtomicBoolean();

    private FtpServer(org.apache.ftpserver.FtpServer server, InetSocketAddress address) {
        this.server = server;
        this.address = address;
    }

    /**
     * Starts a server as configured.
     *
     * @throws NotDirectoryException when the root or an account's home is not a folder
     * @throws IOException when the port cannot be bound
     */
    public static FtpServer start(FtpServerConfig config) throws IOException {
        AccountFileSystems fileSystems = AccountFileSystems.of(config);
        FtpServerFactory factory = new FtpServerFactory();
        Listener listener = listener(config);
        factory.addListener(LISTENER, listener);
        factory.setUserManager(new AccountUserManager(fileSystems.accounts(), config.limits()));
        factory.setFileSystem(fileSystems);
        factory.setCommandFactory(new ChannelCommands());
        factory.setConnectionConfig(connectionConfig(config));
        factory.setFtplets(new HashMap<>(Map.of(
                "limits",
                new ConnectionLimits(config.limits().maxUnauthenticated()),
                "uploads",
                new UploadCommitter(),
                "log",
                new TransferLogging())));
        org.apache.ftpserver.FtpServer server = factory.createServer();
        try {
            server.start();
        } catch (FtpException | RuntimeException e) {
            server.stop();
            throw new IOException(
                    "cannot start FTP server on TCP " + config.bindAddress().getHostAddress() + ":" + config.port()
                            + ": " + rootMessage(e),
                    e);
        }
        return new FtpServer(server, new InetSocketAddress(config.bindAddress(), listener.getPort()));
    }

    /** The message of the innermost cause, e.g. the bind failure inside MINA's wrappers. */
    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    private static Listener listener(FtpServerConfig config) {
        DataConnectionConfigurationFactory data = new DataConnectionConfigurationFactory();
        String bind = config.bindAddress().getHostAddress();
        data.setPassiveAddress(bind);
        data.setPassivePorts(
                config.passivePortFirst() == 0 ? "0" : config.passivePortFirst() + "-" + config.passivePortLast());
        data.setActiveEnabled(true);
        data.setActiveIpCheck(true);
        data.setIdleTime(Math.toIntExact(config.limits().idleTimeout().toSeconds()));
        ListenerFactory listener = new ListenerFactory();
        listener.setServerAddress(bind);
        listener.setPort(config.port());
        listener.setIdleTimeout(Math.toIntExact(config.limits().idleTimeout().toSeconds()));
        listener.setDataConnectionConfiguration(data.createDataConnectionConfiguration());
        return listener.createListener();
    }

    private static org.apache.ftpserver.ConnectionConfig connectionConfig(FtpServerConfig config) {
        ConnectionConfigFactory connections = new ConnectionConfigFactory();
        FtpLimits limits = config.limits();
        connections.setMaxLogins(limits.maxLogins());
        connections.setMaxAnonymousLogins(limits.maxLogins());
        connections.setMaxLoginFailures(limits.maxLoginFailures());
        connections.setAnonymousLoginEnabled(config.anonymousEnabled());
        connections.setLoginFailureDelay(
                Math.toIntExact(limits.loginFailureDelay().toMillis()));
        return connections.createConnectionConfig();
    }

    /** The address and port the control connection listens on. */
    public InetSocketAddress address() {
        return address;
    }

    /** Stops listening and ends every session; uploads not yet complete are discarded. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.stop();
        }
    }
}
