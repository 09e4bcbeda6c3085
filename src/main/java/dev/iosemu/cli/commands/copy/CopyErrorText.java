package dev.iosemu.cli.commands.copy;

import dev.iosemu.fs.CopyCancelledException;
import dev.iosemu.fs.FsErrors;
import dev.iosemu.fs.NotEnoughSpaceException;
import dev.iosemu.net.ftp.FtpException;
import dev.iosemu.net.http.HttpException;
import dev.iosemu.net.ssh.SshLoginException;
import dev.iosemu.net.ssh.scp.ScpException;
import dev.iosemu.net.tftp.TftpException;
import dev.iosemu.net.tftp.codes.TftpError;
import java.io.IOException;
import java.util.Locale;

/**
 * The one place a failed copy becomes IOS text: {@code %Error <verb> <location> (<reason>)}, plus what
 * ends an unfinished progress line ({@code  [timed out]}). The verb is {@code opening} before any data
 * moved, {@code reading}/{@code writing} after, and {@code copying} when the destination is full.
 *
 * <p>Reasons not attested by real transcripts are modelled and kept consistent:
 * {@code (Incorrect Login/Password)} for a refused FTP login, {@code (No route to host)} for a host
 * the routing table cannot reach (an IPv6 address included: the lab routes IPv4 only), {@code (Interrupted)}
 * for Ctrl-C, {@code (Option refused: ...)} naming a server's option the client would not accept.
 */
final class CopyErrorText {
    static final String INCORRECT_LOGIN = "Incorrect Login/Password";
    static final String CONNECTION_TIMED_OUT = "Connection timed out";
    static final String TRANSFER = "Transfer";
    static final String CONNECTION_LOST = "Connection closed by remote host";
    /** A name typed at a prompt (or on the command line) that is empty or no location at all. */
    static final String INVALID_FILENAME = line(Verb.PARSING, "filename", FsErrors.INVALID_ARGUMENT);

    /** The word after {@code %Error}: what the device was doing when it failed. */
    enum Verb {
        OPENING,
        READING,
        WRITING,
        COPYING,
        PARSING;

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Which way data flowed, for the verb of a failure after the start. */
    enum Direction {
        DOWNLOAD(Verb.READING),
        UPLOAD(Verb.WRITING);

        private final Verb verb;

        Direction(Verb verb) {
            this.verb = verb;
        }
    }

    /** What to print: {@code suffix} ends the progress line (may be empty), {@code line} is the error. */
    record Rendered(String suffix, String line) {}

    private CopyErrorText() {}

    static Rendered render(IOException failure, String location, Direction direction, boolean started) {
        Verb midVerb = started ? direction.verb : Verb.OPENING;
        return switch (failure) {
            case NotEnoughSpaceException e -> plain(Verb.COPYING, location, FsErrors.NOT_ENOUGH_SPACE);
            case CopyCancelledException e -> plain(midVerb, location, FsErrors.INTERRUPTED);
            case TftpException e -> tftp(e, location, midVerb);
            case FtpException e -> ftp(e, location, midVerb);
            case SshLoginException e -> plain(Verb.OPENING, location, INCORRECT_LOGIN);
            case ScpException e -> scp(e, location, midVerb);
            case HttpException e -> http(e, location, midVerb);
            case java.net.http.HttpTimeoutException e -> plain(midVerb, location, FsErrors.TIMED_OUT);
            default -> plain(midVerb, location, FsErrors.reason(failure));
        };
    }

    static String line(Verb verb, String location, String reason) {
        return "%Error " + verb.word() + " " + location + " (" + reason + ")";
    }

    private static Rendered tftp(TftpException e, String location, Verb midVerb) {
        return switch (e.failure()) {
            case TIMED_OUT_BEFORE_START -> plain(Verb.OPENING, location, FsErrors.TIMED_OUT);
            case TIMED_OUT_MID_TRANSFER -> new Rendered(" [timed out]", line(midVerb, location, CONNECTION_TIMED_OUT));
            case PEER_ERROR -> plain(midVerb, location, peerReason(e.error()));
            case CANCELLED -> plain(midVerb, location, FsErrors.INTERRUPTED);
            case LOCAL_ERROR, PROTOCOL_ERROR -> plain(midVerb, location, ownReason(e));
        };
    }

    /** What our side ended the transfer for: an option of the server's that we refused is named. */
    private static String ownReason(TftpException e) {
        return e.error() == TftpError.OPTION_NEGOTIATION ? "Option refused: " + e.getMessage() : TRANSFER;
    }

    private static String peerReason(TftpError error) {
        return switch (error) {
            case FILE_NOT_FOUND -> FsErrors.NO_SUCH_FILE;
            case ACCESS_VIOLATION, NO_SUCH_USER -> FsErrors.PERMISSION_DENIED;
            case FILE_EXISTS -> FsErrors.FILE_EXISTS;
            case DISK_FULL -> "No space left on device";
            case OPTION_NEGOTIATION -> "Option negotiation refused";
            default -> TRANSFER;
        };
    }

    private static Rendered ftp(FtpException e, String location, Verb midVerb) {
        return switch (e.kind()) {
            case LOGIN_FAILED -> plain(Verb.OPENING, location, INCORRECT_LOGIN);
            case NOT_FOUND -> plain(Verb.OPENING, location, FsErrors.NO_SUCH_FILE);
            case PERMISSION_DENIED -> plain(Verb.OPENING, location, FsErrors.PERMISSION_DENIED);
            case CONNECTION_REFUSED -> plain(Verb.OPENING, location, FsErrors.CONNECTION_REFUSED);
            case TIMED_OUT ->
                midVerb == Verb.OPENING
                        ? plain(Verb.OPENING, location, FsErrors.TIMED_OUT)
                        : new Rendered(" [timed out]", line(midVerb, location, CONNECTION_TIMED_OUT));
            case CONNECTION_LOST -> plain(midVerb, location, CONNECTION_LOST);
            case CANCELLED -> plain(midVerb, location, FsErrors.INTERRUPTED);
            case OTHER -> plain(midVerb, location, TRANSFER);
        };
    }

    /**
     * An HTTP status: a missing file and a refused login are named (modelled), anything else is IOS's
     * {@code (I/O error)}, the reason real transcripts show for a failed HTTP copy.
     */
    private static Rendered http(HttpException e, String location, Verb midVerb) {
        return switch (e.status()) {
            case 404 -> plain(Verb.OPENING, location, FsErrors.NO_SUCH_FILE);
            case 401, 403, 405 -> plain(Verb.OPENING, location, FsErrors.PERMISSION_DENIED);
            default -> plain(midVerb, location, FsErrors.IO_ERROR);
        };
    }

    /** A server's refusal names its reason in its own words; the usual ones become IOS's. */
    private static Rendered scp(ScpException e, String location, Verb midVerb) {
        return switch (e.kind()) {
            case REFUSED -> plain(midVerb, location, refusalReason(e.getMessage()));
            case CONNECTION_LOST -> plain(midVerb, location, CONNECTION_LOST);
            case PROTOCOL -> plain(midVerb, location, TRANSFER);
        };
    }

    private static String refusalReason(String text) {
        if (text.contains("No such file")) {
            return FsErrors.NO_SUCH_FILE;
        }
        if (text.contains("denied")) {
            return FsErrors.PERMISSION_DENIED;
        }
        if (text.contains("space") || text.contains("full")) {
            return FsErrors.NOT_ENOUGH_SPACE;
        }
        if (text.contains("not a regular file") || text.contains("Is a directory")) {
            return FsErrors.IS_A_DIRECTORY;
        }
        return TRANSFER;
    }

    private static Rendered plain(Verb verb, String location, String reason) {
        return new Rendered("", line(verb, location, reason));
    }
}
