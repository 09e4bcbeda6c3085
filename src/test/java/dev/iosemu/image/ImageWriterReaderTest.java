package dev.iosemu.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ImageWriterReaderTest {
    private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
    private final Path image = fs.getPath("/flash/c1900-universalk9-mz.SPA.157-3.M8.bin");
    private final ImageSpec spec = ImageSpec.of("c1900", "15.7(3)M8", "universalk9", 100_003);

    @AfterEach
    void closeFileSystem() throws IOException {
        fs.close();
    }

    @Test
    void writtenImageInspectsAsValidWithItsHeader() throws IOException {
        Files.createDirectories(image.getParent());

        ImageHeader written = ImageWriter.write(spec, image);

        assertThat(Files.size(image)).isEqualTo(spec.fileSize());
        assertThat(ImageReader.readHeader(image)).isEqualTo(written);
        assertThat(ImageReader.inspect(image)).isEqualTo(new ImageInspection.Valid(written));
        assertThat(written).isEqualTo(ImageWriter.header(spec));
    }

    @Test
    void seekableAndStreamedWritesProduceTheSameBytes() throws IOException {
        ImageWriter.write(spec, fs.getPath("/a.bin"));
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();

        ImageWriter.write(spec, Channels.newChannel(streamed));

        assertThat(streamed.toByteArray()).isEqualTo(Files.readAllBytes(fs.getPath("/a.bin")));
    }

    @Test
    void sameSpecAlwaysGivesTheSameHashAndOtherVersionsDiffer() {
        ImageHeader again = ImageWriter.header(ImageSpec.of("c1900", "15.7(3)M8", "universalk9", 100_003));
        ImageHeader other = ImageWriter.header(ImageSpec.of("c1900", "15.4(3)M3", "universalk9", 100_003));

        assertThat(again).isEqualTo(ImageWriter.header(spec));
        assertThat(other.embeddedMd5()).isNotEqualTo(again.embeddedMd5());
    }

    @Test
    void alteredPayloadByteMakesTheImageCorrupted() throws IOException {
        ImageHeader written = ImageWriter.write(spec, fs.getPath("/x.bin"));
        try (SeekableByteChannel ch = Files.newByteChannel(fs.getPath("/x.bin"), StandardOpenOption.WRITE)) {
            ch.position(ImageHeader.SIZE + 5000).write(ByteBuffer.wrap(new byte[] {42}));
        }

        ImageInspection inspection = ImageReader.inspect(fs.getPath("/x.bin"));

        assertThat(inspection).isInstanceOfSatisfying(ImageInspection.Corrupted.class, c -> {
            assertThat(c.header()).isEqualTo(written);
            assertThat(c.embeddedMd5()).isEqualTo(written.embeddedMd5());
            assertThat(c.computedMd5()).isNotEqualTo(written.embeddedMd5());
            assertThat(c.truncated()).isFalse();
            assertThat(c.reason()).isEqualTo("payload hash mismatch");
        });
    }

    @Test
    void truncatedImageIsCorruptedAndSaysSo() throws IOException {
        ImageWriter.write(spec, fs.getPath("/x.bin"));
        try (SeekableByteChannel ch = Files.newByteChannel(fs.getPath("/x.bin"), StandardOpenOption.WRITE)) {
            ch.truncate(ImageHeader.SIZE + 1000);
        }

        ImageInspection inspection = ImageReader.inspect(fs.getPath("/x.bin"));

        assertThat(inspection).isInstanceOfSatisfying(ImageInspection.Corrupted.class, c -> {
            assertThat(c.truncated()).isTrue();
            assertThat(c.actualPayloadLength()).isEqualTo(1000);
            assertThat(c.reason()).isEqualTo("truncated (1000 of 100003 payload bytes)");
        });
    }

    @Test
    void textFileAndEmptyFileAreNotImages() throws IOException {
        Files.writeString(fs.getPath("/multiple-fs"), "x".repeat(2000));
        Files.write(fs.getPath("/empty"), new byte[0]);

        assertThat(ImageReader.inspect(fs.getPath("/multiple-fs")))
                .isEqualTo(new ImageInspection.NotAnImage("no image magic"));
        assertThat(ImageReader.inspect(fs.getPath("/empty")))
                .isEqualTo(new ImageInspection.NotAnImage("too short for an image header (0 bytes)"));
    }

    @Test
    void inspectionReportsProgressUpToThePayloadLength() throws IOException {
        Path file = fs.getPath("/p.bin");
        ImageWriter.write(ImageSpec.of("c1900", "15.7(3)M8", "universalk9", 3 * Md5.CHUNK + 7), file);
        List<Long> progress = new ArrayList<>();

        ImageReader.inspect(file, progress::add);

        assertThat(progress).isNotEmpty().isSorted().endsWith(3L * Md5.CHUNK + 7);
    }

    @Test
    void wholeFileMd5MatchesTheJdkDigestOfTheBytes() throws Exception {
        ImageWriter.write(spec, fs.getPath("/x.bin"));
        byte[] bytes = Files.readAllBytes(fs.getPath("/x.bin"));

        String expected = Md5.hex(MessageDigest.getInstance("MD5").digest(bytes));

        assertThat(Md5.of(fs.getPath("/x.bin"))).isEqualTo(expected).isEqualTo(Md5.of(bytes));
    }

    @Test
    void streamsLargeImagesWithoutHoldingThemInMemory() throws IOException {
        CountingSink sink = new CountingSink();
        ImageSpec big = ImageSpec.ofFileSize("c2960x", "15.2(7)E8", "universalk9", 64L << 20);

        ImageHeader header = ImageWriter.write(big, sink);

        assertThat(sink.count).isEqualTo(64L << 20);
        assertThat(sink.digest()).isEqualTo(header.embeddedMd5());
    }

    /** A non-seekable channel that only counts and hashes, so nothing is kept. */
    private static final class CountingSink implements WritableByteChannel {
        private final MessageDigest payload = Md5.newDigest();
        private long count;

        @Override
        public int write(ByteBuffer src) {
            int n = src.remaining();
            if (count >= ImageHeader.SIZE) {
                payload.update(src);
            } else {
                src.position(src.limit());
            }
            count += n;
            return n;
        }

        String digest() {
            return Md5.hex(payload.digest());
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public void close() {}
    }
}
