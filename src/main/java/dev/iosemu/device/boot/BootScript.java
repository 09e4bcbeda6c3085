package dev.iosemu.device.boot;

import dev.iosemu.device.BootEnvironment;
import dev.iosemu.device.BootMedia;
import dev.iosemu.device.BootPacing;
import dev.iosemu.device.ConsoleSink;
import dev.iosemu.device.DeviceIdentity;
import dev.iosemu.image.ImageHeader;
import java.util.List;

/**
 * The console text of one platform's boot: loader banner, skipped candidates, image load, stop in the
 * loader. The boot process calls these in order; each loader words them as the real one does.
 */
public interface BootScript {
    /** From power-on to the loader looking for an image. */
    void loaderBanner(ConsoleSink console);

    /**
     * The loader's banner when the boot is interrupted before flash is initialised (a held Mode button); the
     * whole banner where the loader has no such moment.
     */
    default void loaderBannerBeforeFlash(ConsoleSink console) {
        loaderBanner(console);
    }

    /** A candidate that could not be booted. */
    void rejected(BootDecision.Rejected rejected, ConsoleSink console);

    /** Loading and starting the image or bundle, through its software banner. */
    void loadImage(BootTarget target, ConsoleSink console, BootPacing pacing);

    /** The text before the loader prompt when the boot stops. */
    void stopped(BootDecision.StopReason reason, ConsoleSink console);

    /**
     * A network image about to be fetched from {@code egress} (an interface name, empty when the loader's own
     * port): what the loader prints before the data. Nothing by default.
     */
    default void fetching(NetworkImage image, String egress, ConsoleSink console) {}

    /** One mark per chunk of a network fetch. */
    default void fetchMark(ConsoleSink console) {
        console.text("!");
    }

    /** The network fetch ended with {@code bytes}. */
    default void fetched(NetworkImage image, long bytes, ConsoleSink console) {}

    /** The network fetch failed for {@code reason} ({@code Timed out}); the candidate is then skipped. */
    default void fetchFailed(NetworkImage image, String reason, ConsoleSink console) {}

    /**
     * What IOS prints after its hardware block, before it reads its configuration: a Catalyst's switch table
     * (of {@code switchPorts} front-panel ports).
     */
    default void afterHardware(ConsoleSink console, ImageHeader image, int switchPorts) {}

    /** The log messages of IOS coming up, before {@code %SYS-5-CONFIG_I}, without their time stamps. */
    default List<String> startLogs() {
        return List.of();
    }

    /** A ROMMON boot of classic IOS (ISR G2): {@code program load complete}, self-decompressing image. */
    static BootScript rommon(DeviceIdentity identity) {
        return new IsrBootScript(identity);
    }

    /** A ROMMON boot of IOS-XE (ISR 4000): the bundle located on the boot device and validated. */
    static BootScript iosXeRommon(DeviceIdentity identity) {
        return new XeBootScript(identity);
    }

    /**
     * A {@code switch:} loader boot (Catalyst 2960): flash initialised, {@code Loading "flash:..."}; the loader's
     * {@code environment} says whether password recovery is enabled.
     */
    static BootScript switchLoader(DeviceIdentity identity, BootMedia media, BootEnvironment environment) {
        return new SwitchBootScript(identity, media, environment);
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
