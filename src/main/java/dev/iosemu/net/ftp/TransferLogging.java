package dev.iosemu.net.ftp;

import dev.iosemu.net.TransferLog;
import java.util.Locale;
import java.util.Set;
import org.apache.ftpserver.ftplet.DefaultFtplet;
import org.apache.ftpserver.ftplet.FtpReply;
import org.apache.ftpserver.ftplet.FtpRequest;
import org.apache.ftpserver.ftplet.FtpSession;
import org.apache.ftpserver.ftplet.FtpletResult;

/**
 * Logs each file transfer of the FTP server ({@code RETR}, {@code STOR}, {@code STOU}, {@code APPE}) at its
 * edge, as {@link TransferLog} words it; the reply MINA sent tells how it ended. The open transfer of a
 * session is kept in a session attribute, so this class is stateless, hence thread-safe.
 */
final class TransferLogging extends DefaultFtplet {
    private static final System.Logger LOG = System.getLogger(FtpServer.class.getName());
    private static final String OPEN_TRANSFER = TransferLogging.class.getName();
    private static final Set<String> TRANSFERS = Set.of("RETR", "STOR", "STOU", "APPE");

    @Override
    public FtpletResult beforeCommand(FtpSession session, FtpRequest request) {
        String command = request.getCommand().toUpperCase(Locale.ROOT);
        if (TRANSFERS.contains(command)) {
            String transfer =
                    "FTP server " + command + " " + request.getArgument() + " by " + session.getClientAddress();
            session.setAttribute(OPEN_TRANSFER, TransferLog.started(LOG, transfer));
        }
        return FtpletResult.DEFAULT;
    }

    @Override
    public FtpletResult afterCommand(FtpSession session, FtpRequest request, FtpReply reply) {
        if (session.getAttribute(OPEN_TRANSFER) instanceof TransferLog log
                && TRANSFERS.contains(request.getCommand().toUpperCase(Locale.ROOT))) {
            session.removeAttribute(OPEN_TRANSFER);
            if (reply != null && reply.getCode() < 300) {
                log.completed();
            } else {
                log.failed(reply == null ? "no reply" : reply.getCode() + " " + reply.getMessage());
            }
        }
        return FtpletResult.DEFAULT;
    }
}
