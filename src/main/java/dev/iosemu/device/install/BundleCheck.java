package dev.iosemu.device.install;

import dev.iosemu.fs.InvalidLocationException;
import dev.iosemu.fs.IosLocation;
import dev.iosemu.fs.local.DeviceFileSystems;
import dev.iosemu.fs.local.LocalFileSystem;
import dev.iosemu.image.ImageFamily;
import dev.iosemu.image.ImageHeader;
import dev.iosemu.image.ImageReader;
import dev.iosemu.image.NotAnImageException;
import java.io.IOException;
import java.util.Locale;

/**
 * What {@code install add} and {@code request platform software package expand} check before they expand a
 * bundle: it is on the boot device, has a sound header, is IOS-XE for this platform, and is whole. The payload's
 * hash is {@code verify}'s to check: reading every byte twice would double the time of an add.
 */
final class BundleCheck {
    private BundleCheck() {}

    static Bundle of(String typed, DeviceFileSystems fileSystems, LocalFileSystem flash, String platform)
            throws InstallException {
        IosLocation.LocalPath location = local(typed, fileSystems, flash);
        if (!flash.exists(location.path()) || flash.isDirectory(location.path())) {
            throw new InstallException(typed + " : File not found");
        }
        try {
            ImageHeader header = ImageReader.readHeader(flash.readablePath(location.path()));
            if (header.family() != ImageFamily.IOS_XE || !header.platform().equals(platform)) {
                throw new InstallException("Image " + typed + " is for platform " + upper(header.platform())
                        + ", not supported on this platform (" + upper(platform) + ")");
            }
            long size = flash.size(location.path());
            if (size != header.fileSize()) {
                throw new InstallException(typed + " is damaged: " + size + " of " + header.fileSize() + " bytes");
            }
            return new Bundle(typed, location.path(), header);
        } catch (NotAnImageException e) {
            throw new InstallException(typed + " is not a valid IOS-XE package: " + e.reason());
        } catch (IOException e) {
            throw new InstallException(typed + " : " + e.getMessage());
        }
    }

    private static IosLocation.LocalPath local(String typed, DeviceFileSystems fileSystems, LocalFileSystem flash)
            throws InstallException {
        try {
            if (fileSystems.parser().parse(typed) instanceof IosLocation.LocalPath path
                    && path.prefix().equals(flash.prefix())) {
                return path;
            }
        } catch (InvalidLocationException e) {
            // reported below as any other location off the boot device
        }
        throw new InstallException(typed + " : File not found on " + flash.prefix());
    }

    private static String upper(String platform) {
        return platform.toUpperCase(Locale.ROOT);
    }
}
