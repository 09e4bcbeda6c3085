package dev.iosemu.net.ftp;

import org.apache.ftpserver.ftplet.DefaultFtplet;
import org.apache.ftpserver.ftplet.FtpReply;
import org.apache.ftpserver.ftplet.FtpRequest;
import org.apache.ftpserver.ftplet.FtpSession;
import org.apache.ftpserver.ftplet.FtpletResult;

/**
 * Tells a session's {@link Uploads} how each upload ended, from the reply MINA sent for it, and drops
 * unfinished uploads when the session ends.
 *
 * <p>Stateless, hence thread-safe.
 */
final class UploadCommitter extends DefaultFtplet {
    @Override
    public FtpletResult afterCommand(FtpSession session, FtpRequest request, FtpReply reply)
            throws org.apache.ftpserver.ftplet.FtpException {
        String command = request.getCommand();
        if (session.getFileSystemView() instanceof HomeView view
                && ("STOR".equalsIgnoreCase(command) || "STOU".equalsIgnoreCase(command))) {
            view.uploads().settle(reply != null && reply.getCode() < 300);
        }
        return FtpletResult.DEFAULT;
    }

    @Override
    public FtpletResult onDisconnect(FtpSession session) throws org.apache.ftpserver.ftplet.FtpException {
        if (session.getFileSystemView() instanceof HomeView view) {
            view.uploads().discardAll();
        }
        return FtpletResult.DEFAULT;
    }
}
