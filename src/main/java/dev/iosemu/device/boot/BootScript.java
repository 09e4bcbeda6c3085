package dev.iosemu.device.boot;

import dev.iosemu.device.BootMedia;
import dev.iosemu.device.BootPacing;
import dev.iosemu.device.ConsoleSink;
import dev.iosemu.device.DeviceIdentity;
import dev.iosemu.image.ImageHeader;

/**
 * The console text of one family's boot: loader banner, skipped candidates, image load, stop in the
 * loader. The boot process calls these in order; each family words them as its real loader does.
 */
public interface BootScript {
    /** From power-on to the loader looking for an image. */
    void loaderBanner(ConsoleSink console);

    /** A candidate that could not be booted. */
    void rejected(BootDecision.Rejected rejected, ConsoleSink console);

    /** Loading and starting the image, through its software banner. */
    void loadImage(String path, ImageHeader header, ConsoleSink console, BootPacing pacing);

    /** The text before the loader prompt when the boot stops. */
    void stopped(BootDecision.StopReason reason, ConsoleSink console);

    /** The script for a device. */
    static BootScript forDevice(DeviceIdentity identity, BootMedia media) {
        return switch (identity.family()) {
            case ISR_G2 -> new IsrBootScript(identity);
            case CATALYST -> new SwitchBootScript(identity, media);
            case IOS_XE -> new XeBootScript(identity);
        };
    }

    /** Prints {@code marks} progress characters with a short pause each, as a loader does. */
    static void progress(ConsoleSink console, BootPacing pacing, char mark, ImageHeader header) {
        long marks = Math.max(8, Math.min(64, header.fileSize() / (256 * 1024)));
        for (int i = 0; i < marks; i++) {
            console.text(String.valueOf(mark));
            pacing.pause(java.time.Duration.ofMillis(15));
        }
    }
}
