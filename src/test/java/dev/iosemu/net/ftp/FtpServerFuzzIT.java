package dev.iosemu.net.ftp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.iosemu.testing.Fuzz;
import dev.iosemu.testing.Gen;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Property over the lab FTP server's commands: sessions of commands made from the real ones (cut, mutated,
 * with paths climbing out, NULs, control characters and long arguments) get only well-formed replies or a
 * closed connection; nothing outside the root changes, and afterwards the server still serves a download.
 */
@Timeout(120)
class FtpServerFuzzIT {
    private static final Pattern REPLY = Pattern.compile("\\d{3}[ -].*");
    private static final List<String> COMMANDS = List.of(
            "USER upload",
            "PASS upload",
            "USER cisco",
            "PASS cisco",
            "USER anonymous",
            "PASS x@y",
            "SYST",
            "FEAT",
            "HELP",
            "NOOP",
            "PWD",
            "CWD /",
            "CWD ..",
            "CWD ../../..",
            "CDUP",
            "TYPE I",
            "TYPE A",
            "TYPE L 8",
            "MODE S",
            "STRU F",
            "PASV",
            "EPSV",
            "EPSV ALL",
            "PORT 127,0,0,1,4,1",
            "EPRT |1|127.0.0.1|1025|",
            "REST 100",
            "SIZE image.bin",
            "MDTM image.bin",
            "RETR image.bin",
            "STOR new.bin",
            "APPE new.bin",
            "STOU",
            "DELE new.bin",
            "MKD d1",
            "RMD d1",
            "RNFR new.bin",
            "RNTO ../outside.bin",
            "LIST",
            "NLST -la",
            "MLSD",
            "STAT",
            "SITE HELP",
            "OPTS UTF8 ON",
            "ABOR",
            "REIN",
            "ACCT x",
            "ALLO 1000",
            "QUIT");

    private FileSystem jimfs;
    private Path root;
    private Path outside;
    private FtpServer server;

    @BeforeEach
    void start() throws IOException {
        jimfs = Jimfs.newFileSystem(
                Configuration.unix().toBuilder().setMaxSize(16 << 20).build());
        root = Files.createDirectories(jimfs.getPath("/srv/ftp"));
        Files.createDirectories(root.resolve("upload"));
        Files.write(root.resolve("image.bin"), new byte[50_000]);
        outside = Files.writeString(jimfs.getPath("/srv/secret.txt"), "outside the root");
        server = FtpServer.start(FtpServerConfig.builder(root)
                .account("cisco", "cisco", "", false)
                .account("upload", "upload", "upload", true)
                .anonymousEnabled(true)
                .limits(FtpLimits.DEFAULTS.withLoginFailureDelay(Duration.ZERO).withIdleTimeout(Duration.ofSeconds(5)))
                .build());
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
        jimfs.close();
    }

    @Test
    void anyCommandSessionGetsWellFormedRepliesAndLeavesTheServerServing() throws Exception {
        Fuzz.check("FTP server commands", 100, random -> {
            try (Socket control = new Socket(
                    InetAddress.getLoopbackAddress(), server.address().getPort())) {
                control.setSoTimeout(5_000);
                BufferedReader in = new BufferedReader(
                        new InputStreamReader(control.getInputStream(), StandardCharsets.ISO_8859_1));
                OutputStream out = control.getOutputStream();
                assertWellFormed(in);
                for (int i = 0; i < 1 + random.nextInt(15) && !control.isClosed(); i++) {
                    String command = command(random);
                    out.write((command + "\r\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    if (!assertWellFormed(in)) {
                        break; // the server closed the session (QUIT, 421): a protocol answer too
                    }
                }
            } catch (SocketTimeoutException | java.net.SocketException e) {
                // a command that waits for a data connection, or a reset after QUIT: no reply to check
            }
        });

        assertThat(Files.readString(outside)).isEqualTo("outside the root");
        try (FtpClient client = FtpClient.connect(
                FtpConnectionSettings.builder("127.0.0.1")
                        .port(server.address().getPort())
                        .credentials("cisco", "cisco")
                        .build(),
                null)) {
            assertThat(client.size("image.bin")).hasValue(50_000);
        }
    }

    /** Reads one reply (all its lines); false when the server closed the connection instead. */
    private static boolean assertWellFormed(BufferedReader in) throws IOException {
        String line = in.readLine();
        if (line == null) {
            return false;
        }
        assertThat(line).matches(REPLY);
        String code = line.substring(0, 3);
        while (line.charAt(3) == '-') {
            line = in.readLine();
            if (line == null) {
                return false;
            }
            if (line.startsWith(code + " ")) {
                break;
            }
        }
        return true;
    }

    private static String command(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> Gen.noise(random, random.nextInt(40)).replace('\n', ' ').replace('\r', ' ');
            case 1 -> Gen.pick(random, COMMANDS).split(" ")[0] + " " + "a".repeat(random.nextInt(3000));
            default -> Gen.line(random, COMMANDS).replace('\n', ' ').replace('\r', ' ');
        };
    }
}
