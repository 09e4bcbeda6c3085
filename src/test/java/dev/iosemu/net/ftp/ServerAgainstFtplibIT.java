package dev.iosemu.net.ftp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.iosemu.net.ftp.ExternalProgram.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Python's ftplib against our server on a jimfs tree. */
@Tag("interop")
@Timeout(60)
class ServerAgainstFtplibIT {
    /** Logs in, downloads, uploads, tries a bad password and a climb out of the root; prints one line each. */
    private static final String SCRIPT = """
            import ftplib, hashlib, io, sys
            port = int(sys.argv[1])
            ftp = ftplib.FTP()
            ftp.connect('127.0.0.1', port, timeout=20)
            ftp.login('writer', 'w')
            data = io.BytesIO()
            ftp.retrbinary('RETR image.bin', data.write)
            print('download', len(data.getvalue()), hashlib.sha256(data.getvalue()).hexdigest())
            print('size', ftp.size('image.bin'))
            print('upload', ftp.storbinary('STOR up.bin', io.BytesIO(b'hello from ftplib')).split()[0])
            for path in ('../secret.txt', '/../secret.txt'):
                try:
                    ftp.retrbinary('RETR ' + path, data.write)
                    print('climb', path, 'ALLOWED')
                except ftplib.error_perm as e:
                    print('climb', path, str(e)[:3])
            ftp.quit()
            bad = ftplib.FTP()
            bad.connect('127.0.0.1', port, timeout=20)
            try:
                bad.login('writer', 'wrong')
                print('badlogin ALLOWED')
            except ftplib.error_perm as e:
                print('badlogin', str(e)[:3])
            """;

    @Test
    void ftplibDownloadsUploadsAndIsRefusedOutsideTheRoot() throws Exception {
        Path python = ExternalProgram.require("python3");
        byte[] image = FtpClientServerIT.randomBytes(300_001);
        try (FileSystem jimfs = Jimfs.newFileSystem(Configuration.unix())) {
            Path root = Files.createDirectories(jimfs.getPath("/srv/ftp"));
            Files.write(root.resolve("image.bin"), image);
            Files.writeString(jimfs.getPath("/srv/secret.txt"), "outside the root");
            try (FtpServer server = FtpServer.start(FtpServerConfig.builder(root)
                    .account("writer", "w", "", true)
                    .build())) {
                Result result = ExternalProgram.run(
                        Duration.ofSeconds(40),
                        List.of(
                                python.toString(),
                                "-c",
                                SCRIPT,
                                String.valueOf(server.address().getPort())));
                assertThat(result.exitCode()).as(result.stderr()).isZero();
                assertThat(result.stdout().lines())
                        .containsExactly(
                                "download 300001 " + sha256(image),
                                "size 300001",
                                "upload 226",
                                "climb ../secret.txt 550",
                                "climb /../secret.txt 550",
                                "badlogin 530");
            }
            assertThat(Files.readString(root.resolve("up.bin"), StandardCharsets.UTF_8))
                    .isEqualTo("hello from ftplib");
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
