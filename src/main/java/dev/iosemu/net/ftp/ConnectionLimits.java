package dev.iosemu.net.ftp;

import java.util.concurrent.atomic.AtomicInteger;
import org.apache.ftpserver.ftplet.DefaultFtpReply;
import org.apache.ftpserver.ftplet.DefaultFtplet;
import org.apache.ftpserver.ftplet.FtpException;
import org.apache.ftpserver.ftplet.FtpReply;
import org.apache.ftpserver.ftplet.FtpRequest;
import org.apache.ftpserver.ftplet.FtpSession;
import org.apache.ftpserver.ftplet.FtpletResult;

/**
 * Refuses a connection with 421 while {@link FtpLimits#maxUnauthenticated()} others wait to log in, which
 * MINA has no option for: its limits count logged-in sessions only, so endless connections that never log in
 * would hold a thread and a socket each. A session counts from its connect until it logs in or goes.
 *
 * <p>Thread-safe: the count is atomic, and each session's mark lives in its own attributes.
 */
final class ConnectionLimits extends DefaultFtplet {
    private static final String WAITING = ConnectionLimits.class.getName() + ".waiting";

    private final int maxUnauthenticated;
    private final AtomicInteger waiting = new AtomicInteger();

    ConnectionLimits(int maxUnauthenticated) {
        this.maxUnauthenticated = maxUnauthenticated;
    }

    @Override
    public FtpletResult onConnect(FtpSession session) throws FtpException {
        if (waiting.incrementAndGet() > maxUnauthenticated) {
            waiting.decrementAndGet();
            session.write(new DefaultFtpReply(
                    FtpReply.REPLY_421_SERVICE_NOT_AVAILABLE_CLOSING_CONTROL_CONNECTION,
                    "Too many connections waiting to log in, try again later."));
            return FtpletResult.DISCONNECT;
        }
        session.setAttribute(WAITING, Boolean.TRUE);
        return FtpletResult.DEFAULT;
    }

    @Override
    public FtpletResult afterCommand(FtpSession session, FtpRequest request, FtpReply reply) {
        if (session.isLoggedIn()) {
            release(session);
        }
        return FtpletResult.DEFAULT;
    }

    @Override
    public FtpletResult onDisconnect(FtpSession session) {
        release(session);
        return FtpletResult.DEFAULT;
    }

    private void release(FtpSession session) {
        if (session.getAttribute(WAITING) != null) {
            session.removeAttribute(WAITING);
            waiting.decrementAndGet();
        }
    }
}
