package dev.iosemu.net.ftp;

import org.apache.ftpserver.command.Command;
import org.apache.ftpserver.command.CommandFactory;
import org.apache.ftpserver.command.CommandFactoryFactory;
import org.apache.ftpserver.impl.FtpIoSession;

/**
 * Apache FtpServer's commands, each run after giving the session {@link ChannelDataConnections} if it has none yet.
 * Apache FtpServer looks a session's data connections up under one session attribute and makes its own
 * (plain-socket) ones there only when that attribute is unset; every command that opens a data connection
 * (PASV, EPSV, PORT, EPRT) comes after at least USER, so ours is in place first.
 *
 * <p>Stateless and thread-safe.
 */
final class ChannelCommands implements CommandFactory {
    /** The session attribute FtpServer keeps a session's data connections under. */
    static final String DATA_CONNECTIONS = "org.apache.ftpserver.data-connection";

    private final CommandFactory commands = new CommandFactoryFactory().createCommandFactory();

    @Override
    public Command getCommand(String name) {
        Command command = commands.getCommand(name);
        return command == null
                ? null
                : (session, context, request) -> {
                    install(session);
                    command.execute(session, context, request);
                };
    }

    private static void install(FtpIoSession session) {
        synchronized (session) { // FtpIoSession.getDataConnection makes Apache FtpServer's under the same lock
            if (!session.containsAttribute(DATA_CONNECTIONS)) {
                session.setAttribute(DATA_CONNECTIONS, new ChannelDataConnections(session));
            }
        }
    }
}
