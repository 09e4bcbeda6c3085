package dev.iosemu.device.boot;

import dev.iosemu.device.BootEnvironment;
import dev.iosemu.device.BootMedia;
import dev.iosemu.device.BootPacing;
import dev.iosemu.device.ConsoleSink;
import dev.iosemu.device.DeviceIdentity;
import dev.iosemu.device.rommon.FlashInitReport;
import dev.iosemu.image.ImageHeader;
import java.time.Duration;
import java.util.List;

/**
 * The Catalyst 2960 boot: flash initialisation, {@code Loading "flash:..."...@@@@}, the IOS start with its
 * flashfs check and power-on self tests, the switch table, and the first log messages (reference §6.2).
 */
final class SwitchBootScript implements BootScript {
    /** The power-on self tests a 2960 runs as IOS starts, each printed as Begin, then End, Status Passed. */
    private static final List<String> POST = List.of(
            "CPU MIC register",
            "PortASIC Memory",
            "CPU MIC interface Loopback",
            "PortASIC RingLoopback",
            "PortASIC CAM Subsystem",
            "PortASIC Port Loopback");

    private final DeviceIdentity identity;
    private final BootMedia media;
    private final BootEnvironment environment;

    SwitchBootScript(DeviceIdentity identity, BootMedia media, BootEnvironment environment) {
        this.identity = identity;
        this.media = media;
        this.environment = environment;
    }

    @Override
    public void loaderBanner(ConsoleSink console) {
        loaderBannerBeforeFlash(console);
        FlashInitReport.print(media, identity.platform().bootDevice(), console);
        console.line("done.");
    }

    @Override
    public void loaderBannerBeforeFlash(ConsoleSink console) {
        console.line(identity.rommonVersion());
        identity.withPasswordRecovery(environment.passwordRecovery())
                .rommonBanner()
                .forEach(console::line);
    }

    @Override
    public void rejected(BootDecision.Rejected rejected, ConsoleSink console) {
        String path = rejected.path();
        console.text("Loading \"" + path + "\"...");
        switch (rejected.problem()) {
            case ImageCheck.Missing missing -> console.line(path + ": no such file or directory");
            case ImageCheck.NotAnImage notAnImage -> console.line(path + ": not an executable image");
            case ImageCheck.WrongPlatform wrong ->
                console.line(path + ": image is for platform " + wrong.header().platform());
            case ImageCheck.Corrupted corrupted ->
                console.line(path + ": image verification failed (bad hash: " + corrupted.reason() + ")");
            case ImageCheck.Bootable bootable -> console.line("");
        }
        console.line("");
        console.line("Error loading \"" + path + "\"");
        console.line("");
    }

    @Override
    public void loadImage(BootTarget target, ConsoleSink console, BootPacing pacing) {
        String path = target.path();
        ImageHeader header = target.header();
        console.text("Loading \"" + path + "\"...");
        BootScript.progress(console, pacing, '@', header);
        console.line("");
        console.line("File \"" + path + "\" uncompressed and installed, entry point: 0x3000");
        console.line("executing...");
        pacing.pause(Duration.ofMillis(200));
        console.line("");
        LegalText.RESTRICTED_RIGHTS.forEach(console::line);
        console.line("");
        console.line("");
        console.line("");
        ImageBanner.lines(header).forEach(console::line);
        console.line("Image text-base: 0x00003000, data-base: 0x01400000");
        console.line("");
        FlashInitReport.printIos(media, identity.platform().bootDevice(), console);
        console.line("");
        console.line("Checking for Bootloader upgrade.. not needed");
        for (String test : POST) {
            console.line("POST: " + test + " Tests : Begin");
            console.line("POST: " + test + " Tests : End, Status Passed");
        }
        console.line("");
        console.line("Waiting for Port download...Complete");
    }

    /** The 2960 loader fetches quietly; {@link #loadImage} then prints its {@code @} marks as for flash. */
    @Override
    public void fetchMark(ConsoleSink console) {}

    @Override
    public void fetchFailed(NetworkImage image, String reason, ConsoleSink console) {
        console.line("tftp: " + image.url() + ": " + reason);
    }

    @Override
    public void afterHardware(ConsoleSink console, ImageHeader image, int switchPorts) {
        console.line("");
        console.line("");
        SwitchTable.lines(identity.model(), switchPorts, image).forEach(console::line);
        console.line("");
    }

    @Override
    public List<String> startLogs() {
        return List.of(
                "%LINEPROTO-5-UPDOWN: Line protocol on Interface Vlan1, changed state to down",
                "%SPANTREE-5-EXTENDED_SYSID: Extended SysId enabled for type vlan");
    }

    @Override
    public void stopped(BootDecision.StopReason reason, ConsoleSink console) {
        if (reason == BootDecision.StopReason.INTERRUPTED) {
            // verbatim, the unindented flash_init and the one-space boot included (reference 6.5 #2)
            console.line("The system has been interrupted prior to initializing the");
            console.line("flash filesystem. The following commands will initialize");
            console.line("the flash filesystem, and finish loading the operating");
            console.line("system software:");
            console.line("flash_init");
            console.line(" boot");
            return;
        }
        if (reason == BootDecision.StopReason.MANUAL) {
            console.line("The system is not configured to boot automatically.  The");
            console.line("following command will finish loading the operating system");
            console.line("software:");
            console.line("    boot");
            return;
        }
        console.line("Interrupt within 5 seconds to abort boot process.");
        console.line("Boot process failed...");
        console.line("");
        console.line("The system is unable to boot automatically.  The BOOT");
        console.line("environment variable needs to be set to a bootable");
        console.line("image.");
        console.line("");
        console.line("");
    }
}
