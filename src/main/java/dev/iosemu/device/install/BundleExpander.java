package dev.iosemu.device.install;

import dev.iosemu.fs.local.LocalFileSystem;
import dev.iosemu.fs.local.Staging;
import dev.iosemu.fs.local.StagingSet;
import dev.iosemu.image.BundleExpansion;
import dev.iosemu.image.ImageHeader;
import dev.iosemu.image.InstallPackage;
import dev.iosemu.image.PackagesConf;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * Expands a bundle on a file system into its packages and provisioning file, as {@code install add} and
 * {@code request platform software package expand} do: every package is a slice of the bundle's payload, copied
 * in one pass with its CRC-32C, and everything lands through one {@link StagingSet}, so a failure part way
 * (the file system filling up, an interrupt) leaves the file system exactly as it was. Runs on the calling
 * thread.
 */
public final class BundleExpander {
    private static final int CHUNK = 1 << 20;

    private BundleExpander() {}

    /** The bytes the expansion of {@code plan} takes on {@code fs}, in whole blocks. */
    public static long bytesNeeded(LocalFileSystem fs, BundleExpansion plan) {
        long needed = fs.allocationFor(8 * 1024); // the provisioning file
        for (BundleExpansion.Slice slice : plan.slices()) {
            needed += fs.allocationFor(slice.length());
        }
        return needed;
    }

    /**
     * Writes the packages and the provisioning file of {@code plan} into {@code directory} of {@code fs}.
     *
     * @param bundle the bundle's path on {@code fs} ({@code /isr4300-universalk9.17.09.04a.SPA.bin})
     * @param directory where the packages go ({@code /})
     * @param confName the provisioning file's name ({@link BundleExpansion#provisioningFileName()}, or
     *     {@code packages.conf} for an expansion outside the installer)
     * @return the provisioning file written
     * @throws IOException when a write fails; nothing of the expansion is then left
     */
    public static PackagesConf expand(
            LocalFileSystem fs, String bundle, BundleExpansion plan, String directory, String confName)
            throws IOException {
        String prefix = directory.endsWith("/") ? directory : directory + "/";
        List<InstallPackage> packages = new ArrayList<>();
        try (StagingSet set = fs.openStagingSet();
                FileChannel in = FileChannel.open(fs.readablePath(bundle), StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
            for (BundleExpansion.Slice slice : plan.slices()) {
                Staging staging = set.add(prefix + slice.fileName());
                int crc = copy(in, ImageHeader.SIZE + slice.offset(), slice.length(), staging.channel(), buffer);
                packages.add(new InstallPackage(slice.fileName(), slice.length(), crc));
            }
            PackagesConf conf = new PackagesConf(plan.bundle(), plan.installVersion(), packages);
            set.add(prefix + confName).write(conf.bytes());
            set.commit();
            return conf;
        }
    }

    private static int copy(FileChannel in, long from, long length, WritableByteChannel out, ByteBuffer buffer)
            throws IOException {
        CRC32C crc = new CRC32C();
        long position = from;
        long left = length;
        while (left > 0) {
            if (Thread.currentThread().isInterrupted()) {
                throw new java.io.InterruptedIOException("expansion interrupted");
            }
            buffer.clear().limit((int) Math.min(buffer.capacity(), left));
            int n = in.read(buffer, position);
            if (n < 0) {
                throw new java.io.EOFException("bundle ends before its payload does");
            }
            buffer.flip();
            crc.update(buffer.duplicate());
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            position += n;
            left -= n;
        }
        return (int) crc.getValue();
    }
}
