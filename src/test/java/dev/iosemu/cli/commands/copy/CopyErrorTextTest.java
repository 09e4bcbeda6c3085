package dev.iosemu.cli.commands.copy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.cli.commands.copy.CopyErrorText.Direction;
import dev.iosemu.cli.commands.copy.CopyErrorText.Rendered;
import dev.iosemu.fs.CopyCancelledException;
import dev.iosemu.fs.NotEnoughSpaceException;
import dev.iosemu.net.ftp.FtpException;
import dev.iosemu.net.tftp.TftpException;
import dev.iosemu.net.tftp.TftpFailure;
import dev.iosemu.net.tftp.codes.TftpError;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

class CopyErrorTextTest {
    private static final String URL = "tftp://10.9.0.32/cat3k.bin";

    @Test
    void silentServerIsTimedOutOpening() {
        assertThat(render(tftp(TftpFailure.TIMED_OUT_BEFORE_START, TftpError.NOT_DEFINED), false))
                .isEqualTo(new Rendered("", "%Error opening " + URL + " (Timed out)"));
    }

    @Test
    void serverLostMidTransferEndsTheMarksWithTimedOut() {
        assertThat(render(tftp(TftpFailure.TIMED_OUT_MID_TRANSFER, TftpError.NOT_DEFINED), true))
                .isEqualTo(new Rendered(" [timed out]", "%Error reading " + URL + " (Connection timed out)"));
    }

    @Test
    void peerErrorCodesBecomeFileSystemReasons() {
        assertThat(render(tftp(TftpFailure.PEER_ERROR, TftpError.FILE_NOT_FOUND), false)
                        .line())
                .endsWith("(No such file or directory)");
        assertThat(render(tftp(TftpFailure.PEER_ERROR, TftpError.ACCESS_VIOLATION), false)
                        .line())
                .endsWith("(Permission denied)");
    }

    @Test
    void fullFlashIsAnErrorCopying() {
        assertThat(render(new NotEnoughSpaceException("/x", 10, 1), false).line())
                .isEqualTo("%Error copying " + URL + " (Not enough space on device)");
    }

    @Test
    void ftpLoginFailureIsModelledAsIncorrectLogin() {
        FtpException login = new FtpException(FtpException.Kind.LOGIN_FAILED, 530, "Login incorrect", 0, null);

        assertThat(CopyErrorText.render(login, "ftp://*:*@h/f", Direction.DOWNLOAD, false)
                        .line())
                .isEqualTo("%Error opening ftp://*:*@h/f (Incorrect Login/Password)");
    }

    @Test
    void reachabilityAndCancellationReasons() {
        assertThat(render(new NoRouteToHostException("h"), false).line()).endsWith("(No route to host)");
        assertThat(render(new UnknownHostException("h"), false).line()).endsWith("(Cannot resolve domain name)");
        assertThat(render(new CopyCancelledException("stop"), true).line())
                .isEqualTo("%Error reading " + URL + " (Interrupted)");
    }

    @Test
    void optionAckWeRefusedSaysWhatWasRefused() {
        TftpException refused = new TftpException(
                TftpFailure.PROTOCOL_ERROR,
                TftpError.OPTION_NEGOTIATION,
                "server raised blksize to 9000, asked 8192",
                0);

        assertThat(render(refused, false).line())
                .isEqualTo("%Error opening " + URL + " (Option refused: server raised blksize to 9000, asked 8192)");
    }

    @Test
    void serverRefusingOurOptionsIsSaidSo() {
        assertThat(render(tftp(TftpFailure.PEER_ERROR, TftpError.OPTION_NEGOTIATION), false)
                        .line())
                .isEqualTo("%Error opening " + URL + " (Option negotiation refused)");
    }

    @Test
    void uploadsFailWritingOnceStarted() {
        assertThat(CopyErrorText.render(tftp(TftpFailure.PEER_ERROR, TftpError.DISK_FULL), URL, Direction.UPLOAD, true)
                        .line())
                .startsWith("%Error writing ");
    }

    private static Rendered render(java.io.IOException failure, boolean started) {
        return CopyErrorText.render(failure, URL, Direction.DOWNLOAD, started);
    }

    private static TftpException tftp(TftpFailure failure, TftpError error) {
        return new TftpException(failure, error, "x", 0);
    }
}
