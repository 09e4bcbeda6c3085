package dev.iosemu.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TarCodecTest {
    /**
     * The header GNU tar 1.34 writes for {@code tar --format=ustar --owner=root:0 --group=root:0 --mtime=@0
     * --mode=644 -cf a.tar info} with a 107-byte {@code info}; the rest of the block is zero.
     */
    private static final String GNU_INFO_HEADER = "696e666f" + "00".repeat(96)
            + "303030303634340030303030303030003030303030303000303030303030303031353300303030303030303030303000"
            + "303131363732002030" + "00".repeat(100) + "7573746172003030726f6f74" + "00".repeat(28) + "726f6f74"
            + "00".repeat(28) + "303030303030300030303030303030";

    private static byte[] gnuHeader() {
        byte[] block = new byte[512];
        byte[] start = HexFormat.of().parseHex(GNU_INFO_HEADER);
        System.arraycopy(start, 0, block, 0, start.length);
        return block;
    }

    @Test
    void fileHeaderIsByteIdenticalToGnuTars() {
        ByteBuffer encoded = TarHeaderCodec.encode(TarEntry.file("info", 107, 0));

        assertThat(HexFormat.of().formatHex(encoded.array()))
                .isEqualTo(HexFormat.of().formatHex(gnuHeader()));
    }

    @Test
    void gnuHeaderDecodesToItsEntry() throws IOException {
        assertThat(TarHeaderCodec.decode(ByteBuffer.wrap(gnuHeader()))).contains(TarEntry.file("info", 107, 0));
    }

    @Test
    void archiveOfOneFileIsByteIdenticalToGnuTars() throws IOException {
        byte[] expected = new byte[10240];
        System.arraycopy(gnuHeader(), 0, expected, 0, 512);
        Arrays.fill(expected, 512, 512 + 107, (byte) 'x');
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        TarWriter tar = new TarWriter(Channels.newChannel(out));
        tar.file("info", "x".repeat(107).getBytes(StandardCharsets.US_ASCII), 0);
        tar.finish();

        assertThat(out.toByteArray()).as("GNU tar's archive").isEqualTo(expected);
    }

    @Test
    void directoryHeaderCarriesTypeFiveAndTrailingSlash() throws IOException {
        ByteBuffer encoded = TarHeaderCodec.encode(TarEntry.directory("d", 0));

        assertThat(encoded.get(156)).isEqualTo((byte) '5');
        assertThat(new String(encoded.array(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("d/");
        assertThat(TarHeaderCodec.decode(encoded)).contains(TarEntry.directory("d", 0));
    }

    @Test
    void longNameIsSplitIntoPrefixAndNameAndJoinedAgain() throws IOException {
        String name = "c2960x-universalk9-mz.152-7.E8/html/" + "a".repeat(90) + "/stylesheet.css";
        TarEntry entry = TarEntry.file(name, 12, 1_600_000_000L);

        assertThat(TarHeaderCodec.decode(TarHeaderCodec.encode(entry))).contains(entry);
    }

    @Test
    void zeroBlockEndsTheArchive() throws IOException {
        assertThat(TarHeaderCodec.decode(ByteBuffer.allocate(512))).isEmpty();
    }

    @Test
    void damagedHeaderFailsItsChecksum() {
        byte[] block = gnuHeader();
        block[0] = 'I';

        assertThatThrownBy(() -> TarHeaderCodec.decode(ByteBuffer.wrap(block)))
                .isInstanceOf(NotAnArchiveException.class)
                .hasMessage("header checksum mismatch");
    }

    @Test
    void writtenArchiveReadsBackMemberByMemberWithContent() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TarWriter writer = new TarWriter(Channels.newChannel(out));
        writer.text("info", "version_suffix:x\n", 5);
        writer.directory("dir", 5);
        writer.file("dir/big.bin", new byte[70_000], 5);
        writer.text("info.ver", "end\n", 5);
        writer.finish();

        TarReader reader = new TarReader(channel(out.toByteArray()));
        List<String> seen = new ArrayList<>();
        for (Optional<TarEntry> e = reader.next(); e.isPresent(); e = reader.next()) {
            seen.add(e.get().name() + " " + e.get().size());
            if (e.get().name().equals("info.ver")) {
                assertThat(new String(reader.readAll(), StandardCharsets.UTF_8)).isEqualTo("end\n");
            }
        }

        assertThat(seen).containsExactly("info 17", "dir/ 0", "dir/big.bin 70000", "info.ver 4");
        assertThat(out.size() % 10240).isZero();
    }

    @Test
    void archiveCutInsideAMemberIsNotAnArchive() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TarWriter writer = new TarWriter(Channels.newChannel(out));
        writer.file("big.bin", new byte[5000], 0);
        writer.finish();
        byte[] cut = Arrays.copyOf(out.toByteArray(), 2048);

        TarReader reader = new TarReader(channel(cut));
        reader.next();

        assertThatThrownBy(reader::next)
                .isInstanceOf(NotAnArchiveException.class)
                .hasMessage("archive ends inside big.bin");
    }

    @Test
    void writerRefusesAMemberShorterThanItsSize() throws IOException {
        TarWriter writer = new TarWriter(Channels.newChannel(new ByteArrayOutputStream()));
        writer.file(TarEntry.file("a", 10, 0)).write(ByteBuffer.allocate(4));

        assertThatThrownBy(writer::finish).hasMessageContaining("6 bytes short");
    }

    private static ReadableByteChannel channel(byte[] bytes) {
        return Channels.newChannel(new java.io.ByteArrayInputStream(bytes));
    }
}
