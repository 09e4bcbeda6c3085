package dev.iosemu.net.ftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPConnectionClosedException;
import org.apache.commons.net.io.CopyStreamException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The lab FTP server against clients that fail, guess, hoard sessions or never log in. */
@Timeout(60)
class FtpServerLimitsIT {
    private static final Pattern PASSIVE = Pattern.compile("(\\d+),(\\d+),(\\d+),(\\d+),(\\d+),(\\d+)");

    private final List<FTPClient> clients = new ArrayList<>();
    private FileSystem jimfs;
    private Path uploads;
    private FtpServer server;

    private void start(long maxSize, FtpLimits limits) throws IOException {
        jimfs = Jimfs.newFileSystem(
                Configuration.unix().toBuilder().setMaxSize(maxSize).build());
        Path root = Files.createDirectories(jimfs.getPath("/srv/ftp"));
        uploads = Files.createDirectories(root.resolve("upload"));
        Files.writeString(uploads.resolve("r1-confg"), "hostname R1\n");
        server = FtpServer.start(FtpServerConfig.builder(root)
                .account("cisco", "cisco", "", false)
                .account("upload", "upload", "upload", true)
                .limits(limits)
                .build());
    }

    @AfterEach
    void stop() throws IOException {
        for (FTPClient client : clients) {
            try {
                client.disconnect();
            } catch (IOException ignored) {
                // the server may have closed it already
            }
        }
        if (server != null) {
            server.close();
        }
        if (jimfs != null) {
            jimfs.close();
        }
    }

    private FTPClient connected() throws IOException {
        FTPClient client = new Client();
        clients.add(client);
        client.setDefaultTimeout(20_000);
        client.connect(InetAddress.getLoopbackAddress(), server.address().getPort());
        return client;
    }

    private FTPClient loggedIn(String user) throws IOException {
        FTPClient client = connected();
        assertThat(client.login(user, user)).as("login of " + user).isTrue();
        client.setFileType(FTP.BINARY_FILE_TYPE);
        client.enterLocalPassiveMode();
        return client;
    }

    private List<String> uploadFolder() throws IOException {
        try (Stream<Path> entries = Files.list(uploads)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void anUploadThatRunsOutOfRoomKeepsTheFileItWasToReplace() throws IOException {
        start(1 << 20, FtpLimits.DEFAULTS);
        FTPClient client = loggedIn("upload");

        boolean stored;
        try {
            stored = client.storeFile("r1-confg", new ByteArrayInputStream(new byte[2 << 20]));
        } catch (CopyStreamException e) {
            // the server may close the data connection while the client still writes: its reply is then unread
            stored = client.completePendingCommand();
        }

        assertThat(stored).isFalse();
        assertThat(client.getReplyCode()).isEqualTo(551);
        assertThat(client.sendNoOp()).isTrue(); // the STOR is settled once the next command is answered
        assertThat(Files.readString(uploads.resolve("r1-confg"))).isEqualTo("hostname R1\n");
        assertThat(uploadFolder()).containsExactly("r1-confg");
    }

    @Test
    void anUploadWhoseDataConnectionIsResetKeepsTheFileItWasToReplace() throws IOException {
        start(64 << 20, FtpLimits.DEFAULTS);
        FTPClient client = loggedIn("upload");
        Socket data = passiveData(client);

        assertThat(client.sendCommand("STOR", "r1-confg")).isEqualTo(150);
        data.getOutputStream().write(new byte[100_000]);
        data.setSoLinger(true, 0);
        data.close(); // a reset, not an end of file

        assertThat(client.getReply()).isEqualTo(426);
        assertThat(client.sendNoOp()).isTrue();
        assertThat(Files.readString(uploads.resolve("r1-confg"))).isEqualTo("hostname R1\n");
        assertThat(uploadFolder()).containsExactly("r1-confg");
    }

    @Test
    void wrongPasswordsArePausedAndTheThirdEndsTheSession() throws IOException {
        start(1 << 20, FtpLimits.DEFAULTS.withLoginFailureDelay(Duration.ofMillis(200)));
        FTPClient client = connected();

        long start = System.nanoTime();
        assertThat(client.login("cisco", "guess1")).isFalse();
        assertThat(client.login("cisco", "guess2")).isFalse();
        long twoFailures = System.nanoTime() - start;
        boolean third;
        try {
            third = client.login("cisco", "guess3");
        } catch (IOException closed) {
            third = false;
        }

        assertThat(twoFailures).isGreaterThanOrEqualTo(Duration.ofMillis(400).toNanos());
        assertThat(third).isFalse();
        assertThat(readsToTheEnd(client)).isTrue();
        assertThat(loggedIn("cisco").isConnected()).isTrue();
    }

    @Test
    void oneUserHoldingItsShareOfSessionsLeavesRoomForTheOthers() throws IOException {
        start(1 << 20, FtpLimits.DEFAULTS.withMaxLogins(4).withMaxLoginsPerUser(2));
        loggedIn("cisco");
        loggedIn("cisco");

        FTPClient third = connected();
        assertThatThrownBy(() -> third.login("cisco", "cisco"))
                .isInstanceOf(FTPConnectionClosedException.class)
                .hasMessageContaining("421");
        assertThat(loggedIn("upload").isConnected()).isTrue();
    }

    @Test
    void connectionsThatNeverLogInAreCapped() throws IOException {
        start(1 << 20, FtpLimits.DEFAULTS.withMaxUnauthenticated(3));
        List<FTPClient> idle = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            idle.add(connected());
        }

        assertThatThrownBy(this::connected)
                .isInstanceOf(FTPConnectionClosedException.class)
                .hasMessageContaining("421");
        assertThat(idle.getFirst().login("cisco", "cisco")).isTrue();
        assertThat(idle.getFirst().sendNoOp()).isTrue(); // the login is counted once the next command is answered
        assertThat(connected().getReplyCode()).isEqualTo(220);
    }

    @Test
    void anIdleSessionIsClosedSoItsSlotComesBack() throws IOException {
        start(1 << 20, FtpLimits.DEFAULTS.withMaxLogins(1).withIdleTimeout(Duration.ofSeconds(1)));
        FTPClient idle = loggedIn("cisco");

        assertThat(readsToTheEnd(idle)).isTrue();
        assertThat(loggedInOnceTheSlotIsFree("upload").isConnected()).isTrue();
    }

    @Test
    void aStalledUploadIsDroppedAtTheIdleTimeWithNothingLeftInTheFolder() throws IOException {
        start(64 << 20, FtpLimits.DEFAULTS.withIdleTimeout(Duration.ofSeconds(1)));
        FTPClient client = loggedIn("upload");
        try (Socket data = passiveData(client)) {
            assertThat(client.sendCommand("STOR", "r1-confg")).isEqualTo(150);
            data.getOutputStream().write(new byte[100_000]); // then nothing more

            assertThat(client.getReply()).isGreaterThanOrEqualTo(400);
        }
        readsToTheEnd(client);

        assertThat(Files.readString(uploads.resolve("r1-confg"))).isEqualTo("hostname R1\n");
        assertThat(uploadFolder()).containsExactly("r1-confg");
    }

    /**
     * Logs in as soon as the server has counted a closed session out: it closes the socket a moment before
     * it updates its count, so a login right after may still be refused with 421.
     */
    private FTPClient loggedInOnceTheSlotIsFree(String user) throws IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            try {
                return loggedIn(user);
            } catch (FTPConnectionClosedException refused) {
                if (System.nanoTime() > deadline) {
                    throw refused;
                }
            }
        }
    }

    /** Opens the data connection of a PASV, as a raw socket the test may reset. */
    private static Socket passiveData(FTPClient client) throws IOException {
        assertThat(client.pasv()).isEqualTo(227);
        Matcher numbers = PASSIVE.matcher(client.getReplyString());
        assertThat(numbers.find()).as(client.getReplyString()).isTrue();
        int port = Integer.parseInt(numbers.group(5)) * 256 + Integer.parseInt(numbers.group(6));
        return new Socket(InetAddress.getLoopbackAddress(), port);
    }

    /** Reads the control connection until the server closes it; true when it did. */
    private static boolean readsToTheEnd(FTPClient client) throws IOException {
        Socket control = controlSocket(client);
        InputStream in = control.getInputStream();
        try {
            while (in.read() >= 0) {
                // skip what the server still says
            }
            return true;
        } catch (IOException reset) {
            return true;
        }
    }

    private static Socket controlSocket(FTPClient client) {
        return ((Client) client).control();
    }

    /** Commons Net's client with its control socket in reach, to see the server close it. */
    private static final class Client extends FTPClient {
        Socket control() {
            return _socket_;
        }
    }
}
