package dev.iosemu.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalystArchiveTest {
    private final ImageSpec spec = ImageSpec.ofFileSize("c2960x", "15.2(7)E8", "universalk9", 300_000);

    @Test
    void namesFollowCiscosConvention() {
        assertThat(CatalystArchive.fileName(spec)).isEqualTo("c2960x-universalk9-tar.152-7.E8.tar");
        assertThat(CatalystArchive.directory(spec)).isEqualTo("c2960x-universalk9-mz.152-7.E8");
    }

    @Test
    void archiveHoldsInfoThenTheImageDirectoryThenInfoVer() throws IOException {
        byte[] tar = archive();

        List<String> members = new ArrayList<>();
        TarReader reader = new TarReader(Channels.newChannel(new java.io.ByteArrayInputStream(tar)));
        for (Optional<TarEntry> e = reader.next(); e.isPresent(); e = reader.next()) {
            members.add(e.get().name());
        }

        String dir = "c2960x-universalk9-mz.152-7.E8/";
        assertThat(members)
                .containsExactly(
                        "info",
                        dir,
                        dir + "info",
                        dir + "html/",
                        dir + "html/home.htm",
                        dir + "html/appsui.js",
                        dir + "html/ip.js",
                        dir + "html/stylesheet.css",
                        dir + "c2960x-universalk9-mz.152-7.E8.bin",
                        "info.ver");
    }

    @Test
    void imageInsideIsTheSameImageTheWriterBuilds() throws IOException {
        byte[] tar = archive();
        ByteArrayOutputStream image = new ByteArrayOutputStream();
        ImageWriter.write(spec, Channels.newChannel(image));

        TarReader reader = new TarReader(Channels.newChannel(new java.io.ByteArrayInputStream(tar)));
        byte[] inside = null;
        for (Optional<TarEntry> e = reader.next(); e.isPresent(); e = reader.next()) {
            if (e.get().name().endsWith(".bin")) {
                inside = reader.readAll();
            }
        }

        assertThat(inside).isEqualTo(image.toByteArray());
    }

    @Test
    void directoryInfoStatesTheSizesTheMembersTake() throws IOException {
        ArchiveInfo info = ArchiveInfo.parse(CatalystArchive.info(spec).bytes());

        assertThat(info.imageName()).isEqualTo("c2960x-universalk9-mz.152-7.E8.bin");
        assertThat(info.versionSuffix()).isEqualTo("universalk9-152-7.E8");
        assertThat(info.iosImageFileSize()).isEqualTo(512 + 300_032);
        assertThat(info.totalImageFileSize())
                .isEqualTo(512 + 1024 + 512 + 4 * 1024 + 512 + 300_032); // dir, info, html/, 4 files, image
        assertThat(info.imageMember()).contains("c2960x-universalk9-mz.152-7.E8/c2960x-universalk9-mz.152-7.E8.bin");
        assertThat(info.minimumDramMegabytes()).isEqualTo(128);
    }

    @Test
    void infoWithoutItsEndLineIsRefused() {
        byte[] text = "version_suffix:x\nversion_directory:y\n".getBytes(StandardCharsets.UTF_8);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ArchiveInfo.parse(text))
                .isInstanceOf(NotAnArchiveException.class)
                .hasMessage("info file without info_end:");
    }

    @Test
    void gnuTarListsAndExtractsTheArchive(@TempDir Path dir) throws Exception {
        assumeTrue(Files.exists(Path.of("/usr/bin/tar")), "no /usr/bin/tar");
        Path file = dir.resolve(CatalystArchive.fileName(spec));
        CatalystArchive.write(spec, file);

        Process extract = new ProcessBuilder("/usr/bin/tar", "-xf", file.toString(), "-C", dir.toString())
                .redirectErrorStream(true)
                .start();

        assertThat(new String(extract.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isEmpty();
        assertThat(extract.waitFor()).isZero();
        Path image = dir.resolve("c2960x-universalk9-mz.152-7.E8/c2960x-universalk9-mz.152-7.E8.bin");
        assertThat(ImageReader.inspect(image)).isInstanceOf(ImageInspection.Valid.class);
        assertThat(Files.readString(dir.resolve("info.ver"))).contains("info_end:");
    }

    private byte[] archive() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CatalystArchive.write(spec, Channels.newChannel(out));
        return out.toByteArray();
    }
}
