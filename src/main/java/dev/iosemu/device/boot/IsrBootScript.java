package dev.iosemu.device.boot;

import dev.iosemu.device.BootPacing;
import dev.iosemu.device.ConsoleSink;
import dev.iosemu.device.DeviceIdentity;
import dev.iosemu.image.ImageHeader;
import dev.iosemu.profile.LicenseFeature;
import java.time.Duration;
import java.util.List;

/**
 * The ISR G2 (1941) boot: System Bootstrap banner, ROMMON image load test, self-decompressing image,
 * Smart Init iomem sizing (reference §6.3).
 */
final class IsrBootScript implements BootScript {
    private static final String LOAD = "program load complete, entry point: 0x80803000, size: 0x1b340";
    private final DeviceIdentity identity;

    IsrBootScript(DeviceIdentity identity) {
        this.identity = identity;
    }

    @Override
    public void loaderBanner(ConsoleSink console) {
        console.line("");
        console.line(identity.rommonVersion());
        identity.rommonBanner().forEach(console::line);
        console.line("");
        console.line("");
        console.line("Readonly ROMMON initialized");
    }

    @Override
    public void rejected(BootDecision.Rejected rejected, ConsoleSink console) {
        String path = rejected.path();
        switch (rejected.problem()) {
            case ImageCheck.Missing missing -> console.line("boot: cannot open \"" + path + "\"");
            case ImageCheck.NotAnImage notAnImage ->
                console.line("loadprog: error - not an executable image (" + notAnImage.reason() + ")");
            case ImageCheck.WrongPlatform wrong ->
                console.line("loadprog: error - Invalid image for platform: image is for "
                        + wrong.header().platform() + ", this platform is " + identity.imagePlatform());
            case ImageCheck.Corrupted corrupted -> corrupted(path, corrupted, console);
            case ImageCheck.Bootable bootable -> {}
        }
        console.line("boot: cannot load \"" + path + "\"");
    }

    private static void corrupted(String path, ImageCheck.Corrupted corrupted, ConsoleSink console) {
        console.line("");
        console.line("IOS Image Load Test");
        console.line("___________________");
        console.line("%Error: image \"" + path + "\" failed verification (bad hash: " + corrupted.reason() + ")");
    }

    /** IOS reports the licence level the image runs at, the first licence of the device. */
    @Override
    public List<String> startLogs() {
        String level = identity.licenses().stream()
                .findFirst()
                .map(LicenseFeature::feature)
                .orElse("ipbasek9");
        return List.of("%IOS_LICENSE_IMAGE_APPLICATION-6-LICENSE_LEVEL: Module name = " + identity.imagePlatform()
                + " Next reboot level = " + level + " and License = " + level);
    }

    @Override
    public void loadImage(BootTarget target, ConsoleSink console, BootPacing pacing) {
        String path = target.path();
        ImageHeader header = target.header();
        console.line(LOAD);
        console.line(LOAD);
        console.line("");
        console.line("");
        console.line("IOS Image Load Test");
        console.line("___________________");
        console.line("Digitally Signed Release Software");
        console.line("program load complete, entry point: 0x81000000, size: 0x481ac1c");
        console.text("Self decompressing the image : ");
        BootScript.progress(console, pacing, '#', header);
        console.line(" [OK]");
        pacing.pause(Duration.ofMillis(200));
        console.line("");
        SmartInit.print(identity.processorLine(), console);
        LegalText.RESTRICTED_RIGHTS.forEach(console::line);
        console.line("");
        console.line("");
        console.line("");
        ImageBanner.lines(header).forEach(console::line);
    }

    /** ISR G2 fetches as IOS copies: {@code Loading FILE from SERVER (via IF): !!!}, {@code [OK - N bytes]}. */
    @Override
    public void fetching(NetworkImage image, String egress, ConsoleSink console) {
        console.text("Loading " + image.file() + " from " + image.server() + " (via " + egress + "): ");
    }

    @Override
    public void fetched(NetworkImage image, long bytes, ConsoleSink console) {
        console.line("");
        console.line("[OK - " + bytes + " bytes]");
        console.line("");
    }

    @Override
    public void fetchFailed(NetworkImage image, String reason, ConsoleSink console) {
        console.line("");
        console.line("%Error opening " + image.url() + " (" + reason + ")");
    }

    @Override
    public void stopped(BootDecision.StopReason reason, ConsoleSink console) {
        if (reason == BootDecision.StopReason.NOTHING_BOOTABLE) {
            console.line(LOAD);
            console.line("boot: cannot determine first executable file name ondevice \""
                    + identity.platform().bootDevice() + "\"");
            console.line("");
        }
        // boot field 0: the prompt follows the banner at once (a real 1941, ios-reference.md 6.4)
    }
}
