package dev.iosemu.device.boot;

import dev.iosemu.device.BootPacing;
import dev.iosemu.device.ConsoleSink;
import dev.iosemu.device.DeviceIdentity;
import dev.iosemu.image.BundleExpansion;
import dev.iosemu.image.ImageHeader;
import java.time.Duration;

/** The ISR 4000 (IOS-XE) boot: ROMMON banner, bundle located and loaded from bootflash:, IOS-XE start. */
final class XeBootScript implements BootScript {
    private final DeviceIdentity identity;

    XeBootScript(DeviceIdentity identity) {
        this.identity = identity;
    }

    @Override
    public void loaderBanner(ConsoleSink console) {
        console.line("Initializing Hardware ...");
        console.line("");
        console.line("System integrity status: 0x610");
        console.line("Rom image verified correctly");
        console.line("");
        console.line(identity.rommonVersion());
        identity.rommonBanner().forEach(console::line);
        console.line("");
    }

    @Override
    public void rejected(BootDecision.Rejected rejected, ConsoleSink console) {
        String path = rejected.path();
        switch (rejected.problem()) {
            case ImageCheck.Missing missing -> console.line("File " + path + " not found");
            case ImageCheck.NotAnImage notAnImage ->
                console.line("Located " + path + ": not a valid image (" + notAnImage.reason() + ")");
            case ImageCheck.WrongPlatform wrong ->
                console.line("Located " + path + ": image is for platform "
                        + wrong.header().platform());
            case ImageCheck.Corrupted corrupted ->
                console.line("Located " + path + ": image verification failed (bad hash: " + corrupted.reason() + ")");
            case ImageCheck.Bootable bootable -> {}
        }
        console.line("boot: error executing \"" + path + "\"");
    }

    @Override
    public void loadImage(BootTarget target, ConsoleSink console, BootPacing pacing) {
        String path = target.path();
        ImageHeader header = target.header();
        if (target instanceof BootTarget.ProvisioningFile) {
            // install mode: the provisioning file first, then the mono package it names, which holds IOSd
            console.line("Located " + fileName(path));
            console.line("#");
            console.line(
                    "Located " + new BundleExpansion(header).slices().getLast().fileName());
        } else if (NetworkImage.of(path).isEmpty()) {
            console.line("Located " + path.substring(path.indexOf(':') + 1));
        }
        BootScript.progress(console, pacing, '#', header);
        console.line("");
        console.line("");
        console.line("Package header rev 3 structure detected");
        console.line("Validating main package signatures");
        console.line("");
        console.line("RSA Signed RELEASE Image Signature Verification Successful.");
        console.line("Image validated");
        pacing.pause(Duration.ofMillis(200));
        console.line("");
        LegalText.RESTRICTED_RIGHTS.forEach(console::line);
        console.line("");
        console.line("");
        ImageBanner.lines(header).forEach(console::line);
        console.line("");
        console.line("");
        LegalText.xeGplNotice(header.buildDate().getYear()).forEach(console::line);
    }

    private static String fileName(String path) {
        return path.substring(Math.max(path.lastIndexOf('/'), path.indexOf(':')) + 1);
    }

    /** The IOS-XE ROMMON names what it boots, then its TFTP settings, then marks. */
    @Override
    public void fetching(NetworkImage image, String egress, ConsoleSink console) {
        console.line("boot: attempting to boot from [" + image.url() + "]");
        console.line("");
        console.line("tftp v4:");
        console.line(" server    : " + image.server());
        console.line(" file      : " + image.file());
        console.line(" blocksize : 1460");
    }

    @Override
    public void fetched(NetworkImage image, long bytes, ConsoleSink console) {
        console.line("");
        console.line("");
    }

    @Override
    public void fetchFailed(NetworkImage image, String reason, ConsoleSink console) {
        console.line("");
        console.line("boot: failed to load " + image.url() + ": " + reason);
    }

    @Override
    public void stopped(BootDecision.StopReason reason, ConsoleSink console) {
        if (reason == BootDecision.StopReason.NOTHING_BOOTABLE) {
            console.line("no valid BOOT image found");
            console.line("Final autoboot attempt from default boot device...");
            console.line("boot: cannot determine first executable file name ondevice \""
                    + identity.platform().bootDevice() + "\"");
        }
        console.line("");
    }
}
