package dev.iosemu.net.ftp;

import dev.iosemu.net.ftp.FtpException.Kind;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.nio.channels.ClosedByInterruptException;
import org.apache.commons.net.ftp.FTPConnectionClosedException;

/** Turns what went wrong in an FTP step (a reply code or a socket exception) into an {@link FtpException}. */
final class FtpFailure {
    /** The step that failed; the same reply code means different things in different steps. */
    enum Step {
        CONNECT,
        LOGIN,
        SIZE,
        RETRIEVE,
        STORE
    }

    private FtpFailure() {}

    /** A negative reply to a command of {@code step}. */
    static FtpException ofReply(Step step, int code, String text, long bytes) {
        return new FtpException(kindOfReply(step, code), code, ControlTrace.replyText(text), bytes, null);
    }

    static Kind kindOfReply(Step step, int code) {
        if (code == 421 || code == 426) {
            return Kind.CONNECTION_LOST;
        }
        return switch (step) {
            case LOGIN -> code == 530 || code == 331 || code == 332 ? Kind.LOGIN_FAILED : Kind.OTHER;
            case SIZE, RETRIEVE -> code == 550 ? Kind.NOT_FOUND : Kind.OTHER;
            case STORE -> code == 550 || code == 553 || code == 532 ? Kind.PERMISSION_DENIED : Kind.OTHER;
            case CONNECT -> Kind.OTHER;
        };
    }

    /** A socket-level failure during {@code step}; {@code cancelled} says whether cancellation caused it. */
    static FtpException ofIo(Step step, IOException e, boolean cancelled, long bytes) {
        if (e instanceof FtpException f) {
            return f;
        }
        return new FtpException(kindOfIo(step, e, cancelled), FtpException.NO_REPLY, "", bytes, e);
    }

    private static Kind kindOfIo(Step step, IOException e, boolean cancelled) {
        if (cancelled || e instanceof ClosedByInterruptException) {
            return Kind.CANCELLED;
        }
        if (e instanceof SocketTimeoutException || e.getCause() instanceof SocketTimeoutException) {
            return Kind.TIMED_OUT;
        }
        if (e instanceof InterruptedIOException) {
            return Kind.CANCELLED;
        }
        if (e instanceof ReplyReader.ReplyTooLongException) {
            return Kind.OTHER;
        }
        if (e instanceof ConnectException && step == Step.CONNECT) {
            return Kind.CONNECTION_REFUSED;
        }
        if (e instanceof FTPConnectionClosedException || step != Step.CONNECT) {
            return Kind.CONNECTION_LOST;
        }
        return Kind.OTHER;
    }
}
