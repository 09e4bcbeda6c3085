package dev.iosemu.net.ftp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The server's data connections: binary downloads sent from the file's channel in large pieces, everything
 * else through Apache FtpServer's own loop, with Apache FtpServer's rules for passive ports.
 */
@Timeout(60)
class ServerDataConnectionsIT {
    private static final Pattern PASSIVE = Pattern.compile("(\\d+),(\\d+),(\\d+),(\\d+),(\\d+),(\\d+)");
    private static final byte[] IMAGE = new byte[3 * 256 * 1024 + 4099]; // several pieces and a part

    static {
        new Random(16).nextBytes(IMAGE);
    }

    private FileSystem jimfs;
    private Path root;
    private FtpServer server;
    private final FTPClient client = new FTPClient();

    @BeforeEach
    void start() throws IOException {
        jimfs = Jimfs.newFileSystem(Configuration.unix());
        root = Files.createDirectories(jimfs.getPath("/srv/ftp"));
        Files.write(root.resolve("image.bin"), IMAGE);
        Files.writeString(root.resolve("r1-confg"), "hostname R1\nend\n");
        int passive = freePort();
        server = FtpServer.start(FtpServerConfig.builder(root)
                .account("cisco", "cisco", "", false)
                .passivePorts(passive, passive) // one port: each transfer must give it back
                .build());
        client.setDefaultTimeout(20_000);
        client.connect(InetAddress.getLoopbackAddress(), server.address().getPort());
        assertThat(client.login("cisco", "cisco")).isTrue();
        assertThat(client.setFileType(FTP.BINARY_FILE_TYPE)).isTrue();
    }

    @AfterEach
    void stop() throws IOException {
        client.disconnect();
        server.close();
        jimfs.close();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private byte[] retrieve(String file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(client.retrieveFile(file, out)).as(client.getReplyString()).isTrue();
        return out.toByteArray();
    }

    @ParameterizedTest(name = "passive {0}")
    @ValueSource(booleans = {true, false})
    void binaryDownloadsArriveWholeTimeAfterTimeOnTheOnePassivePort(boolean passive) throws IOException {
        if (passive) {
            client.enterLocalPassiveMode();
        }
        for (int i = 0; i < 3; i++) {
            assertThat(retrieve("image.bin")).as("download " + i).isEqualTo(IMAGE);
        }
    }

    @Test
    void aDownloadRestartedAtAnOffsetSendsTheRestOfTheFile() throws IOException {
        client.enterLocalPassiveMode();
        int offset = 256 * 1024 + 17;
        client.setRestartOffset(offset);
        assertThat(retrieve("image.bin")).isEqualTo(Arrays.copyOfRange(IMAGE, offset, IMAGE.length));
    }

    @Test
    void anAsciiDownloadStillEndsItsLinesWithCrLf() throws IOException {
        assertThat(client.setFileType(FTP.ASCII_FILE_TYPE)).isTrue();
        try (Socket data = passiveData()) {
            assertThat(client.sendCommand("RETR", "r1-confg")).isEqualTo(150);
            assertThat(readAll(data)).isEqualTo("hostname R1\r\nend\r\n");
        }
        assertThat(client.completePendingCommand()).isTrue();
    }

    @Test
    void aRefusedDownloadAndARepeatedPasvGiveThePassivePortBack() throws IOException {
        client.enterLocalPassiveMode();
        assertThat(client.retrieveFile("missing.bin", new ByteArrayOutputStream()))
                .isFalse();
        assertThat(client.getReplyCode()).isEqualTo(550);
        assertThat(client.pasv()).isEqualTo(227);
        assertThat(retrieve("image.bin")).isEqualTo(IMAGE);
    }

    @Test
    void retrieveWithoutPasvOrPortCannotOpenTheDataConnectionAndTheSessionGoesOn() throws IOException {
        assertThat(client.sendCommand("RETR", "image.bin")).isEqualTo(150);
        assertThat(client.getReply()).isEqualTo(425);
        client.enterLocalPassiveMode();
        assertThat(retrieve("image.bin")).isEqualTo(IMAGE);
    }

    /** Sends PASV and connects to the port it names. */
    private Socket passiveData() throws IOException {
        assertThat(client.pasv()).isEqualTo(227);
        Matcher numbers = PASSIVE.matcher(client.getReplyString());
        assertThat(numbers.find()).as(client.getReplyString()).isTrue();
        int port = Integer.parseInt(numbers.group(5)) * 256 + Integer.parseInt(numbers.group(6));
        return new Socket(InetAddress.getLoopbackAddress(), port);
    }

    private static String readAll(Socket data) throws IOException {
        try (InputStream in = data.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }
}
