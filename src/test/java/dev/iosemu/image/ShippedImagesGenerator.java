package dev.iosemu.image;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Regenerates the practice images committed in {@code images/} (run once from the project root:
 * {@code java -cp target/classes:target/test-classes dev.iosemu.image.ShippedImagesGenerator}). The output is
 * deterministic, so re-running it leaves git clean.
 */
public final class ShippedImagesGenerator {
    /** A shipped file: its spec and whether its payload is deliberately damaged. */
    record Shipped(ImageSpec spec, boolean corrupt) {
        String fileName() {
            return ImageName.canonical(spec).fileName();
        }
    }

    static final int SIZE = 1 << 20;

    private ShippedImagesGenerator() {}

    static Shipped[] all() {
        return new Shipped[] {
            ok("c1900", "15.4(3)M3", SIZE - 4096),
            ok("c1900", "15.7(3)M8", SIZE),
            ok("c2960x", "15.2(4)E8", SIZE - 8192),
            ok("c2960x", "15.2(7)E8", SIZE - 2048),
            ok("isr4300", "16.9.5", SIZE - 6144),
            ok("isr4300", "17.9.4a", SIZE + 4096),
            ok("isr4400", "16.6.5", SIZE - 6144),
            ok("c2900", "15.7(3)M8", SIZE - 1024),
            new Shipped(ImageSpec.ofFileSize("c1900", "15.8(3)M2", "universalk9", SIZE - 512), true)
        };
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "images");
        Files.createDirectories(dir);
        for (Shipped shipped : all()) {
            Path file = dir.resolve(shipped.fileName());
            ImageWriter.write(shipped.spec(), file);
            if (shipped.corrupt()) {
                damagePayload(file);
            }
            System.out.println(file + " " + Files.size(file));
        }
        // the 2960-X upgrade target again, as the archive archive download-sw installs
        ImageSpec archived = ImageSpec.ofFileSize("c2960x", "15.2(7)E8", "universalk9", SIZE - 2048);
        Path tar = dir.resolve(CatalystArchive.fileName(archived));
        CatalystArchive.write(archived, tar);
        System.out.println(tar + " " + Files.size(tar));
    }

    private static Shipped ok(String platform, String version, long fileSize) {
        return new Shipped(ImageSpec.ofFileSize(platform, version, "universalk9", fileSize), false);
    }

    /** Flips one byte in the middle of the payload: the header stays sound, the hash no longer matches. */
    private static void damagePayload(Path file) throws IOException {
        try (SeekableByteChannel ch = Files.newByteChannel(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long middle = ImageHeader.SIZE + (ch.size() - ImageHeader.SIZE) / 2;
            ByteBuffer one = ByteBuffer.allocate(1);
            ch.position(middle).read(one);
            one.put(0, (byte) ~one.get(0)).rewind();
            ch.position(middle).write(one);
        }
    }
}
