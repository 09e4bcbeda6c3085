package dev.iosemu.cli.commands.exec;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.iosemu.cli.commands.ExecFixture;
import dev.iosemu.image.ArchiveInfo;
import dev.iosemu.image.CatalystArchive;
import dev.iosemu.image.ImageSpec;
import dev.iosemu.image.TarWriter;
import dev.iosemu.lab.Ipv4Address;
import dev.iosemu.lab.LabAddressMap;
import dev.iosemu.lab.LabService;
import dev.iosemu.net.tftp.RootDirectoryStore;
import dev.iosemu.net.tftp.TftpServer;
import dev.iosemu.net.tftp.TftpServerConfig;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden transcripts of {@code archive} commands under {@code transcripts/archive/<profile>/}, with the lab TFTP
 * server (on loopback, port 0) at 192.168.1.10 serving a good 2960-X archive, one without its image and one
 * for another platform. Same format and {@code -Dgolden.update=true} as {@link GoldenTranscriptTest}.
 */
class ArchiveTranscriptsIT {
    static final Path ROOT = Path.of("src/test/resources/transcripts/archive");
    static final Ipv4Address SERVER = Ipv4Address.parse("192.168.1.10");
    /** A small image: the transcript stays short, the archive is still a real one. */
    static final ImageSpec NEW = ImageSpec.ofFileSize("c2960x", "15.2(7)E8", "universalk9", 300_000);

    private static FileSystem serverFs;
    private static TftpServer tftp;

    @BeforeAll
    static void startServer() throws IOException {
        serverFs = Jimfs.newFileSystem(Configuration.unix());
        Path root = Files.createDirectories(serverFs.getPath("/srv"));
        CatalystArchive.write(NEW, root.resolve(CatalystArchive.fileName(NEW)));
        writeWithoutImage(root.resolve("c2960x-universalk9-tar.152-6.E1.tar"));
        ImageSpec foreign = ImageSpec.ofFileSize("c2960", "15.2(7)E8", "lanbasek9", 200_000);
        CatalystArchive.write(foreign, root.resolve(CatalystArchive.fileName(foreign)));
        Files.writeString(root.resolve("notes.tar"), "not an archive\n");
        tftp = TftpServer.start(
                TftpServerConfig.builder(RootDirectoryStore.of(root)).build());
    }

    @AfterAll
    static void stopServer() throws IOException {
        tftp.close();
        serverFs.close();
    }

    @TestFactory
    Stream<DynamicTest> everyArchiveTranscriptReplaysExactly() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(ROOT)) {
            files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        return files.stream()
                .map(file -> DynamicTest.dynamicTest(ROOT.relativize(file).toString(), () -> check(file)));
    }

    private static void check(Path file) throws Exception {
        GoldenTranscript golden = GoldenTranscript.parse(Files.readString(file, StandardCharsets.UTF_8));
        String profile = file.getParent().getFileName().toString();
        LabAddressMap lab = LabAddressMap.empty().with(SERVER, LabService.TFTP, tftp.address());
        String actual = GoldenTranscript.normalise(
                new GoldenTranscriptTest.TranscriptRun(ExecFixture.enabled(profile, lab)).run(golden.input()));
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(file, golden.withExpected(actual), StandardCharsets.UTF_8);
            return;
        }
        assertThat(actual).as(file.toString()).isEqualTo(golden.expected());
    }

    /** An archive whose info files name an image it does not hold. */
    private static void writeWithoutImage(Path file) throws IOException {
        ImageSpec spec = ImageSpec.ofFileSize("c2960x", "15.2(6)E1", "universalk9", 100_000);
        ArchiveInfo info = CatalystArchive.info(spec);
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            TarWriter tar = new TarWriter(out);
            tar.file(
                    "info",
                    ArchiveInfo.topLevel(info.versionSuffix(), info.versionDirectory())
                            .bytes(),
                    0);
            tar.directory(info.versionDirectory(), 0);
            tar.file(info.versionDirectory() + "/info", info.bytes(), 0);
            tar.finish();
        }
    }
}
